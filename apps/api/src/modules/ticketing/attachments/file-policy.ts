/**
 * Which files a ticket may carry. The type is decided from the content (magic bytes, the parts list of an office
 * zip, valid UTF-8 text), and the file name's extension must be one of that type's: "report.pdf" holding a Windows
 * program, or "photo.png.exe", are refused. Executables and scripts are refused by name and by content whatever
 * else they claim to be; macro-enabled office files too. What is stored is the sniffed type, never the client's.
 */

export interface FileVerdict {
  ok: true;
  contentType: string;
  fileName: string;
}

export interface FileRefusal {
  ok: false;
  reason: 'empty' | 'executable' | 'type' | 'extension';
  message: string;
}

interface Kind {
  contentType: string;
  extensions: string[];
}

const KINDS = {
  png: { contentType: 'image/png', extensions: ['png'] },
  jpeg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  gif: { contentType: 'image/gif', extensions: ['gif'] },
  webp: { contentType: 'image/webp', extensions: ['webp'] },
  pdf: { contentType: 'application/pdf', extensions: ['pdf'] },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  odt: { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  ole: { contentType: 'application/x-ole-storage', extensions: ['doc', 'xls', 'ppt'] },
  text: { contentType: 'text/plain; charset=utf-8', extensions: ['txt', 'log', 'md'] },
  csv: { contentType: 'text/csv; charset=utf-8', extensions: ['csv'] },
} satisfies Record<string, Kind>;

const OLE_TYPES: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel', ppt: 'application/vnd.ms-powerpoint' };

/** Names no help desk should hand to a colleague's computer, whatever their content. */
const EXECUTABLE_EXTENSIONS = new Set([
  'exe', 'com', 'bat', 'cmd', 'msi', 'msp', 'scr', 'pif', 'cpl', 'dll', 'sys', 'ps1', 'psm1', 'vbs', 'vbe', 'js', 'jse', 'mjs', 'wsf', 'wsh',
  'hta', 'jar', 'apk', 'app', 'sh', 'bash', 'zsh', 'csh', 'run', 'bin', 'elf', 'deb', 'rpm', 'dmg', 'pkg', 'py', 'pyc', 'pl', 'rb', 'php',
  'lnk', 'reg', 'inf', 'iso', 'img', 'html', 'htm', 'xhtml', 'svg', 'docm', 'xlsm', 'pptm', 'dotm', 'xltm', 'xlam',
]);

const startsWith = (b: Buffer, bytes: number[], offset = 0) => b.length >= offset + bytes.length && bytes.every((x, i) => b[offset + i] === x);
const ascii = (b: Buffer, text: string, offset = 0) => b.length >= offset + text.length && b.toString('latin1', offset, offset + text.length) === text;

/** Native programs and scripts: PE (MZ), ELF, Mach-O (and fat binaries), Java class files, "#!" scripts. */
export function isExecutableContent(b: Buffer): boolean {
  return (
    startsWith(b, [0x4d, 0x5a]) ||
    startsWith(b, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(b, [0xfe, 0xed, 0xfa, 0xce]) || startsWith(b, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(b, [0xce, 0xfa, 0xed, 0xfe]) || startsWith(b, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(b, [0xca, 0xfe, 0xba, 0xbe]) ||
    ascii(b, '#!')
  );
}

/** The kind of an office zip from its parts (names are stored uncompressed in the local headers and directory). */
function zipKind(b: Buffer): Kind | 'macro' | null {
  if (ascii(b, 'mimetypeapplication/vnd.oasis.opendocument.text', 30)) return KINDS.odt;
  if (ascii(b, 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet', 30)) return KINDS.ods;
  const names = b.toString('latin1');
  if (!names.includes('[Content_Types].xml')) return null;
  if (/vbaProject\.bin|\.(exe|dll|js|vbs|bat|cmd|ps1|jar|scr)\b/i.test(names)) return 'macro';
  if (names.includes('word/')) return KINDS.docx;
  if (names.includes('xl/')) return KINDS.xlsx;
  if (names.includes('ppt/')) return KINDS.pptx;
  return null;
}

function isPlainText(b: Buffer): boolean {
  if (b.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** What the bytes are, or null when they are none of the accepted kinds. */
export function sniff(b: Buffer, extension: string): Kind | 'macro' | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return KINDS.png;
  if (startsWith(b, [0xff, 0xd8, 0xff])) return KINDS.jpeg;
  if (ascii(b, 'GIF87a') || ascii(b, 'GIF89a')) return KINDS.gif;
  if (ascii(b, 'RIFF') && ascii(b, 'WEBP', 8)) return KINDS.webp;
  if (ascii(b, '%PDF-')) return KINDS.pdf;
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return zipKind(b);
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return OLE_TYPES[extension] ? { contentType: OLE_TYPES[extension], extensions: [extension] } : KINDS.ole;
  }
  if (isPlainText(b)) return extension === 'csv' ? KINDS.csv : KINDS.text;
  return null;
}

const BIDI_AND_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A file name safe to store and show: the last path segment only, NFC, no control or bidirectional-override
 * characters (which make "exe.pdf" read as "pdf.exe" to a person), no characters Windows forbids, no leading dots,
 * at most 200 characters with the extension kept. "file" when nothing is left.
 */
export function sanitizeFileName(raw: string): string {
  let name = (raw ?? '').normalize('NFC').replace(BIDI_AND_CONTROL, '');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(/[<>:"|?*]/g, '_').replace(/\s+/g, ' ').trim().replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (!name) return 'file';
  if (name.length > 200) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, 200 - ext.length) + ext;
  }
  return name;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** The verdict on an upload: its sanitised name and sniffed type, or why it is refused. */
export function checkFile(rawName: string, content: Buffer): FileVerdict | FileRefusal {
  const fileName = sanitizeFileName(rawName);
  if (!content.length) return { ok: false, reason: 'empty', message: 'the file is empty' };
  const extension = extensionOf(fileName);
  const parts = fileName.toLowerCase().split('.').slice(1);
  if (parts.some((p) => EXECUTABLE_EXTENSIONS.has(p)) || isExecutableContent(content)) {
    return { ok: false, reason: 'executable', message: 'programs, scripts and macro-enabled documents are not accepted' };
  }
  const kind = sniff(content, extension);
  if (kind === 'macro') return { ok: false, reason: 'executable', message: 'programs, scripts and macro-enabled documents are not accepted' };
  if (!kind) return { ok: false, reason: 'type', message: 'only images (PNG, JPEG, GIF, WebP), PDF, office documents and plain text are accepted' };
  if (!kind.extensions.includes(extension)) {
    return { ok: false, reason: 'extension', message: `the content is ${kind.contentType.split(';')[0]}: name the file .${kind.extensions[0]}` };
  }
  return { ok: true, contentType: kind.contentType, fileName };
}
