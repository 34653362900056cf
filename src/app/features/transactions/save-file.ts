import { DOCUMENT, InjectionToken, inject } from '@angular/core';
import { DownloadedFile } from './transactions-api';

/** Hands a downloaded file to the browser's "save" (an effect's only DOM side effect). */
export type SaveFile = (file: DownloadedFile) => void;

/**
 * Saves through an object URL and a temporary `<a download>` made in code: the export needs the
 * token header, so it cannot be a plain link. The URL is revoked once the browser has it.
 */
export const SAVE_FILE = new InjectionToken<SaveFile>('SAVE_FILE', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return ({ blob, fileName }) => {
      const view = document.defaultView;
      if (!view) return;
      const url = view.URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      link.remove();
      view.setTimeout(() => view.URL.revokeObjectURL(url), 1_000);
    };
  },
});
