/**
 * Where an OA button opens a path of the Mini App: inside Zalo (https://zalo.me/s/<app id>/<path>)
 * when the Mini App's id is known, otherwise the same app on the public web address.
 */
export function miniAppLink(path: string, options: { miniAppId: string | null; publicUrl: string }): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return options.miniAppId ? `https://zalo.me/s/${options.miniAppId}${clean}` : `${options.publicUrl}${clean}`;
}
