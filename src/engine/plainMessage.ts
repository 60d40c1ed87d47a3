/**
 * A finding's message as plain text, for places that do not render Markdown (the Problems panel, the editor's
 * problem hover): each `code span` becomes the words in single quotation marks, ‘will deliver’.
 */
export function plainMessage(message: string): string {
	return message.replace(/`([^`\n]+)`/g, '‘$1’');
}
