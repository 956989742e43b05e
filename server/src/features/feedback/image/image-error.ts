/** The bytes are not a well-formed image of a type we accept. The reason is for tests and debugging, not for citizens. */
export class InvalidImageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidImageError';
  }
}

/** What a parser hands back: the same image without its metadata, never re-encoded. */
export interface CleanImage {
  bytes: Buffer;
  width: number;
  height: number;
}

/** Larger sides are refused: they are not phone photos and can exhaust a viewer's memory. */
export const MAX_IMAGE_SIDE = 16_384;

export function checkDimensions(width: number, height: number): void {
  if (width < 1 || height < 1) throw new InvalidImageError('empty image');
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) throw new InvalidImageError('image too large');
}
