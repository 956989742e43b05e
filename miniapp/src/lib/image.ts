/**
 * Prepares a photo from the phone for upload: large or unusual images are redrawn as a JPEG of at most
 * `maxSide` pixels (which also drops EXIF data, GPS included); small JPEG/PNG/WebP files go as they are.
 */

export const UPLOADABLE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export class ImageError extends Error {}

const MB = 1024 * 1024;

function loadImage(file: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('decode'));
    };
    image.src = url;
  });
}

async function redraw(file: Blob, maxSide: number, quality: number): Promise<Blob | null> {
  const image = await loadImage(file);
  const width = image.naturalWidth;
  const height = image.naturalHeight;
  if (!width || !height) return null;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/jpeg', quality));
}

export async function prepareImage(
  file: File,
  { maxBytes, maxSide = 2048, keepBelow = 1.5 * MB }: { maxBytes: number; maxSide?: number; keepBelow?: number },
): Promise<{ blob: Blob; name: string }> {
  const accepted = UPLOADABLE_TYPES.includes(file.type);
  if (accepted && file.size <= keepBelow) return { blob: file, name: file.name || 'anh.jpg' };
  try {
    const blob = await redraw(file, maxSide, 0.85);
    if (blob && blob.size <= maxBytes) return { blob, name: (file.name || 'anh').replace(/\.[^.]*$/, '') + '.jpg' };
  } catch {
    // the browser cannot read it: judge the original
  }
  if (accepted && file.size <= maxBytes) return { blob: file, name: file.name || 'anh.jpg' };
  if (!accepted && !file.type.startsWith('image/')) {
    throw new ImageError('Tệp này không phải là ảnh. Vui lòng chọn ảnh JPEG, PNG hoặc WebP.');
  }
  if (!accepted) throw new ImageError('Không đọc được ảnh này. Vui lòng chọn ảnh JPEG, PNG hoặc WebP.');
  throw new ImageError(`Ảnh lớn hơn ${Math.round(maxBytes / MB)} MB. Vui lòng chọn ảnh khác hoặc chụp lại.`);
}
