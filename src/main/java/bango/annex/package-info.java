/**
 * Annex Table 2 (番号利用法 別表第二; since 2024-05-27 the table of article 2 of
 * 令和六年デジタル庁・総務省令第九号) as data, and the core system's authorisation of a query
 * against it (NET-2).
 *
 * <h2>The table</h2>
 * {@link bango.annex.AnnexTable} reads the transcription bundled in the resources (173 items, 443
 * lines; see the README beside it) and resolves every cell: column 1 (情報照会者) and column 3
 * (情報提供者) to {@link bango.annex.InstitutionType institution types}, column 4 (利用特定個人情報)
 * to {@link bango.annex.Category categories}, and each line to the {@link bango.annex.Rule rules}
 * inquirer type × provider type × category. A cell that does not resolve is an
 * {@link bango.annex.AnnexFormatException}; nothing is dropped.
 *
 * <ul>
 *   <li>Parties (see {@code PartyResolver}): an enumeration of names, each possibly qualified.
 *       A qualifier narrows the role, not the type: 公営住宅法…に規定する事業主体である都道府県知事又は
 *       市町村長 gives 都道府県知事 and 市町村長, and {@link bango.annex.AnnexTable#sources} keeps the
 *       words for display. 保健所を設置する市（特別区を含む。）の長 gives 市長 and 特別区の区長;
 *       通訳案内士法…の同意を得た市町村（…）又は都道府県の長 gives 市町村長 and 都道府県知事.
 *       A description of whoever pays a benefit (…の支給を行うこととされている者) is a type of its
 *       own.</li>
 *   <li>Categories (see {@code CategoryResolver}): defined terms (地方税関係情報; 戸籍関係情報, which
 *       the Act defines) and descriptions as written (…に関する情報), split only between complete
 *       categories.</li>
 * </ul>
 *
 * <h2>Types and classes</h2>
 * Some names stand for several types: 医療保険者, 共済組合等, 都道府県知事等, 市町村長 (市長, 町村長
 * and 特別区の区長), 行政機関の長等 ({@link bango.annex.InstitutionClass}). Rules are <em>not</em>
 * expanded: a rule keeps the name the table uses (item 1: 厚生労働大臣 may obtain 年金給付関係情報
 * from 共済組合等). Instead an institution carries the classes it belongs to among its types:
 * {@link bango.annex.AnnexTable#closure} adds to an institution's own types every class that has one
 * of them as an unconditional member, so 千代田区長 (特別区の区長) is also 市町村長, 都道府県知事等,
 * 医療保険者 and 医療保険者その他の法令による医療に関する給付の支給を行うこととされている者. A member
 * a qualifier makes conditional is declared by the registry: a 町村長 is 都道府県知事等 only if it
 * manages a welfare office (社会福祉法に規定する福祉に関する事務所を管理する町村長), which 奥多摩町長 of
 * the sample does not. The rules stay as the table reads, and a decision is a plain match of types.
 *
 * <h2>The sample registry</h2>
 * {@link bango.annex.InstitutionRegistry#sample()}: 厚生労働大臣 ({@code mhlw}), 日本年金機構
 * ({@code nenkin}), 法務大臣 ({@code moj}), 内閣総理大臣 ({@code cao}), 全国健康保険協会
 * ({@code kyokai}), 関東ITソフトウェア健康保険組合 ({@code kenpo-1}), 東京都知事 ({@code tokyo-pref}),
 * 千代田区長 ({@code chiyoda}), 横浜市長 ({@code yokohama}), 奥多摩町長 ({@code okutama}, a 町 without
 * a welfare office), 東京都医師国民健康保険組合 ({@code ishi-kokuho}), 東京都職員共済組合
 * ({@code tokyo-kyosai}, a 地方公務員共済組合) and 独立行政法人日本学生支援機構 ({@code jasso}), with
 * ids 1 to 13 in that order. 東京都職員共済組合 is the one whose privacy impact assessment is not
 * published, so that it is refused as a provider (of 年金給付関係情報 under item 1, as one of the
 * 共済組合等) with {@link bango.annex.Refusal#ASSESSMENT_NOT_PUBLISHED}. Assessments are in truth made
 * per file of each task; one flag per institution is the sample's simplification.
 *
 * <h2>The decision</h2>
 * {@link bango.annex.Authorizer#decide}: allowed only if a rule of the item matches the inquirer
 * (by any of its types), the provider (by any of its types) and the category, and the provider's
 * assessment is published (番号利用法 21条2項, 28条6項). Qualifiers are not checked: the
 * authorizer knows types, not roles. The statutory exceptions other than the assessment, and
 * articles 3 to 175 of the ordinance that narrow each item, are not transcribed and not checked.
 */
package bango.annex;
