// Escapes text for GitHub Actions workflow commands (::error file=…,line=…::message).
import { showControls } from '../../util/show-controls.js';

/** The message part: %, CR and LF must be encoded or the annotation is cut. */
export function githubEscapeData(text: string): string {
  // Other control characters are shown (␛): the Actions log would act on an escape sequence.
  return showControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property value (file=…, title=…): additionally , and : are separators. */
export function githubEscapeProperty(text: string): string {
  return githubEscapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
