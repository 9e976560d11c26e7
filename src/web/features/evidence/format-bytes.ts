/** "850 KB", "3,4 MB" (Indonesian decimal comma) or "3.4 MB". */
export function formatBytes(bytes: number, language: 'id' | 'en'): string {
  const megabytes = bytes / (1024 * 1024);
  const text =
    megabytes >= 1 ? `${Math.round(megabytes * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return language === 'id' ? text.replace('.', ',') : text;
}
