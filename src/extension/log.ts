import * as vscode from 'vscode';

/** The output channel plus once-only warnings and notifications, so a bad setting or source is reported once, not per keystroke. */
export class Log implements vscode.Disposable {
	readonly channel = vscode.window.createOutputChannel('Clause Lens', { log: true });
	private readonly warned = new Set<string>();
	private readonly notified = new Set<string>();

	/** Logs an informational line. */
	info(message: string): void {
		this.channel.info(message);
	}

	/** Logs a debug line (shown when the output channel's log level is Debug or Trace). */
	debug(message: string): void {
		this.channel.debug(message);
	}

	/** Logs a warning the first time it occurs. */
	warnOnce(message: string): void {
		if (!this.warned.has(message)) {
			this.warned.add(message);
			this.channel.warn(message);
		}
	}

	/** Logs an error with its stack; never throws. */
	error(message: string, error?: unknown): void {
		const detail = error instanceof Error ? (error.stack ?? error.message) : error === undefined ? '' : String(error);
		this.channel.error(detail ? `${message}\n${detail}` : message);
	}

	/** Shows a warning notification once per distinct `key` (and logs it every time it is new). */
	notifyOnce(key: string, message: string): void {
		this.warnOnce(message);
		if (this.notified.has(key)) {
			return;
		}
		this.notified.add(key);
		void vscode.window.showWarningMessage(message, 'Show Log').then((choice) => choice && this.channel.show(true));
	}

	/** Forgets which notifications were shown (after "Reload Source Document"). */
	resetNotifications(): void {
		this.notified.clear();
		this.warned.clear();
	}

	/** A short error notification with a "Show Log" button; the full stack goes to the output channel. */
	showError(message: string, error: unknown): void {
		this.error(message, error);
		void vscode.window.showErrorMessage(`Clause Lens: ${message}`, 'Show Log').then((choice) => choice && this.channel.show(true));
	}

	dispose(): void {
		this.channel.dispose();
	}
}
