// A run that cannot go on for a reason the user can put right (a wrong option value, a file in the way):
// thrown by a command, said by main() on stderr, one `qcc: ` line per message, exit 2.
export class UsageError extends Error {
  override name = 'UsageError';
  readonly messages: readonly string[];

  constructor(...messages: [string, ...string[]]) {
    super(messages.join('\n'));
    this.messages = messages;
  }
}
