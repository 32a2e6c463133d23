package bango.annex;

/**
 * One line of the table as written: one (item, provider, information) cell pair, with the item's
 * inquirer and task.
 *
 * @param number      the line of the file (the header is line 1)
 * @param item        the item (項), 1..173 in the 2024 table
 * @param inquirer    column 1, 情報照会者
 * @param task        column 2, 特定個人番号利用事務 (shortened in the transcription)
 * @param provider    column 3, 情報提供者
 * @param information column 4, 利用特定個人情報
 */
public record Line(int number, int item, String inquirer, String task, String provider, String information) {
}
