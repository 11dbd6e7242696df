/**
 * What every service answers with a file to download (the 工作台账, the bulletin's workbook, an attachment). Rule: a
 * {@code Content-Disposition} is written here and nowhere else, so every download names its file alike for every
 * client.
 */
package duban.http.download;
