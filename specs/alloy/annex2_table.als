module annex2_table[Item, InstitutionType, Category, Rule, Institution, Name, Address, DateOfBirth, Sex]

/*
 * GENERATED FILE: DO NOT EDIT. Written by `./bango annex alloy` from Annex Table 2 as bundled
 * (src/main/resources/bango/annex/annex2-2024.tsv and its glossary, resolved by bango.annex.AnnexTable)
 * and the sample registry (bango.annex.InstitutionRegistry.sample()). To change it, change those and
 * run `./bango annex alloy`; the build fails while this file differs from what the command writes.
 *
 * 173 items, 67 institution types, 77 categories, 905 rules, 13 institutions.
 * Every atom is a one sig and every relation a constant: the solver chooses nothing here.
 * The parameters are the sigs of annex2.als (this module is opened only by it).
 */

-- Items (項)
one sig Item1, Item2, Item3, Item4, Item5, Item6, Item7, Item8, Item9, Item10, Item11, Item12 extends Item {}
one sig Item13, Item14, Item15, Item16, Item17, Item18, Item19, Item20, Item21, Item22, Item23, Item24 extends Item {}
one sig Item25, Item26, Item27, Item28, Item29, Item30, Item31, Item32, Item33, Item34, Item35, Item36 extends Item {}
one sig Item37, Item38, Item39, Item40, Item41, Item42, Item43, Item44, Item45, Item46, Item47, Item48 extends Item {}
one sig Item49, Item50, Item51, Item52, Item53, Item54, Item55, Item56, Item57, Item58, Item59, Item60 extends Item {}
one sig Item61, Item62, Item63, Item64, Item65, Item66, Item67, Item68, Item69, Item70, Item71, Item72 extends Item {}
one sig Item73, Item74, Item75, Item76, Item77, Item78, Item79, Item80, Item81, Item82, Item83, Item84 extends Item {}
one sig Item85, Item86, Item87, Item88, Item89, Item90, Item91, Item92, Item93, Item94, Item95, Item96 extends Item {}
one sig Item97, Item98, Item99, Item100, Item101, Item102, Item103, Item104, Item105, Item106, Item107, Item108 extends Item {}
one sig Item109, Item110, Item111, Item112, Item113, Item114, Item115, Item116, Item117, Item118, Item119, Item120 extends Item {}
one sig Item121, Item122, Item123, Item124, Item125, Item126, Item127, Item128, Item129, Item130, Item131, Item132 extends Item {}
one sig Item133, Item134, Item135, Item136, Item137, Item138, Item139, Item140, Item141, Item142, Item143, Item144 extends Item {}
one sig Item145, Item146, Item147, Item148, Item149, Item150, Item151, Item152, Item153, Item154, Item155, Item156 extends Item {}
one sig Item157, Item158, Item159, Item160, Item161, Item162, Item163, Item164, Item165, Item166, Item167, Item168 extends Item {}
one sig Item169, Item170, Item171, Item172, Item173 extends Item {}

-- Institution types (columns 1 and 3, and the classes the table defines)
one sig T1 extends InstitutionType {} -- 厚生労働大臣
one sig T2 extends InstitutionType {} -- 法務大臣
one sig T3 extends InstitutionType {} -- 市町村長
one sig T4 extends InstitutionType {} -- 日本年金機構
one sig T5 extends InstitutionType {} -- 共済組合等
one sig T6 extends InstitutionType {} -- 全国健康保険協会
one sig T7 extends InstitutionType {} -- 医療保険者
one sig T8 extends InstitutionType {} -- 後期高齢者医療広域連合
one sig T9 extends InstitutionType {} -- 健康保険法第五十五条又は第百二十八条に規定する他の法令による給付の支給を行うこととされている者
one sig T10 extends InstitutionType {} -- 内閣総理大臣
one sig T11 extends InstitutionType {} -- 健康保険組合
one sig T12 extends InstitutionType {} -- 健康保険法第五十五条に規定する他の法令による給付の支給を行うこととされている者
one sig T13 extends InstitutionType {} -- 総務大臣
one sig T14 extends InstitutionType {} -- 都道府県知事
one sig T15 extends InstitutionType {} -- 船員保険法第三十三条に規定する他の法令による給付の支給を行うこととされている者
one sig T16 extends InstitutionType {} -- 国民年金法その他の法令による年金である給付の支給を行うこととされている者
one sig T17 extends InstitutionType {} -- 国土交通大臣
one sig T18 extends InstitutionType {} -- 児童福祉法第十九条の七に規定する他の法令による給付の支給を行うこととされている者
one sig T19 extends InstitutionType {} -- 都道府県知事等
one sig T20 extends InstitutionType {} -- 特別児童扶養手当等の支給に関する法律その他の法令による給付の支給を行うこととされている者
one sig T21 extends InstitutionType {} -- 児童福祉法第二十一条の五の三十一に規定する他の法令による給付の支給を行うこととされている者
one sig T22 extends InstitutionType {} -- 児童福祉法第二十四条の二十二に規定する他の法令による給付の支給を行うこととされている者
one sig T23 extends InstitutionType {} -- 医療保険者その他の法令による医療に関する給付の支給を行うこととされている者
one sig T24 extends InstitutionType {} -- 特別児童扶養手当等の支給に関する法律その他の法令による障害を有する者について支給される手当を支給することとされている者
one sig T25 extends InstitutionType {} -- 精神保健及び精神障害者福祉に関する法律第三十条の二に規定する他の法律による医療に関する給付の支給を行うこととされている者
one sig T26 extends InstitutionType {} -- 文部科学大臣
one sig T27 extends InstitutionType {} -- 都道府県教育委員会
one sig T28 extends InstitutionType {} -- 市町村教育委員会
one sig T29 extends InstitutionType {} -- 地方公務員災害補償基金
one sig T30 extends InstitutionType {} -- 国税庁長官
one sig T31 extends InstitutionType {} -- 日本行政書士会連合会
one sig T32 extends InstitutionType {} -- 日本税理士会連合会
one sig T33 extends InstitutionType {} -- 日本私立学校振興・共済事業団
one sig T34 extends InstitutionType {} -- 環境大臣
one sig T35 extends InstitutionType {} -- 国家公務員共済組合
one sig T36 extends InstitutionType {} -- 国家公務員共済組合連合会
one sig T37 extends InstitutionType {} -- 国民健康保険組合
one sig T38 extends InstitutionType {} -- 国民健康保険法第五十六条第一項に規定する他の法令による給付の支給を行うこととされている者
one sig T39 extends InstitutionType {} -- 児童扶養手当法第三条第二項に規定する公的年金給付の支給を行うこととされている者
one sig T40 extends InstitutionType {} -- 地方公務員共済組合
one sig T41 extends InstitutionType {} -- 全国市町村職員共済組合連合会
one sig T42 extends InstitutionType {} -- 全国社会保険労務士会連合会
one sig T43 extends InstitutionType {} -- 経済産業大臣
one sig T44 extends InstitutionType {} -- 雇用保険法第三十七条第八項に規定する他の法令による給付の支給を行うこととされている者
one sig T45 extends InstitutionType {} -- 高齢者の医療の確保に関する法律第五十七条第一項に規定する他の法令による給付の支給を行うこととされている者
one sig T46 extends InstitutionType {} -- 昭和六十年法律第三十四号附則第九十七条第二項において準用する特別児童扶養手当等の支給に関する法律第十七条第一号の障害を支給事由とする給付の支給を行うこととされている者
one sig T47 extends InstitutionType {} -- 広島市長
one sig T48 extends InstitutionType {} -- 長崎市長
one sig T49 extends InstitutionType {} -- 存続組合
one sig T50 extends InstitutionType {} -- 指定基金
one sig T51 extends InstitutionType {} -- 介護保険法第二十条に規定する他の法令による給付の支給を行うこととされている者
one sig T52 extends InstitutionType {} -- 市長
one sig T53 extends InstitutionType {} -- 特別区の区長
one sig T54 extends InstitutionType {} -- 感染症の予防及び感染症の患者に対する医療に関する法律第三十九条第一項に規定する他の法律による医療に関する給付の支給を行うこととされている者
one sig T55 extends InstitutionType {} -- 独立行政法人農業者年金基金
one sig T56 extends InstitutionType {} -- 農林漁業団体職員共済組合
one sig T57 extends InstitutionType {} -- 独立行政法人日本学生支援機構
one sig T58 extends InstitutionType {} -- 障害者の日常生活及び社会生活を総合的に支援するための法律第七条に規定する他の法令により行われる給付の支給を行うこととされている者
one sig T59 extends InstitutionType {} -- 国民年金法その他の法令による給付の支給を行うこととされている者
one sig T60 extends InstitutionType {} -- 難病の患者に対する医療等に関する法律第十二条に規定する他の法令による給付の支給を行うこととされている者
one sig T61 extends InstitutionType {} -- 行政機関の長等
one sig T62 extends InstitutionType {} -- 町村長
one sig T63 extends InstitutionType {} -- 共済組合
one sig T64 extends InstitutionType {} -- 地方公共団体の機関
one sig T65 extends InstitutionType {} -- 地方独立行政法人
one sig T66 extends InstitutionType {} -- 独立行政法人等
one sig T67 extends InstitutionType {} -- 行政機関の長

-- Categories (column 4, 利用特定個人情報)
one sig C1 extends Category {} -- 戸籍関係情報
one sig C2 extends Category {} -- 地方税関係情報
one sig C3 extends Category {} -- 住民票関係情報
one sig C4 extends Category {} -- 年金給付関係情報
one sig C5 extends Category {} -- 失業等給付関係情報
one sig C6 extends Category {} -- 医療保険給付関係情報
one sig C7 extends Category {} -- 健康保険法第五十五条又は第百二十八条に規定する他の法令による給付の支給に関する情報
one sig C8 extends Category {} -- 介護保険給付等関係情報
one sig C9 extends Category {} -- 特別障害給付金関係情報
one sig C10 extends Category {} -- 年金生活者支援給付金関係情報
one sig C11 extends Category {} -- 公的給付支給等口座登録簿関係情報
one sig C12 extends Category {} -- 健康保険法第五十五条に規定する他の法令による給付の支給に関する情報
one sig C13 extends Category {} -- 船員保険法第三十三条に規定する他の法令による給付の支給に関する情報
one sig C14 extends Category {} -- 国民年金法その他の法令による年金である給付の支給に関する情報
one sig C15 extends Category {} -- 児童福祉法による児童及びその家庭についての調査及び判定に関する情報
one sig C16 extends Category {} -- 児童福祉法による障害児通所支援に関する情報
one sig C17 extends Category {} -- 障害者自立支援給付関係情報
one sig C18 extends Category {} -- 児童福祉法第十九条の七に規定する他の法令による給付の支給に関する情報
one sig C19 extends Category {} -- 生活保護関係情報
one sig C20 extends Category {} -- 中国残留邦人等支援給付関係情報
one sig C21 extends Category {} -- 特別児童扶養手当等の支給に関する法律その他の法令による給付の支給に関する情報
one sig C22 extends Category {} -- 児童福祉法による児童及びその家庭についての調査及び判定若しくは障害児入所支援、身体障害者福祉法による身体障害者手帳、精神保健及び精神障害者福祉に関する法律による精神障害者保健福祉手帳、知的障害者福祉法にいう知的障害者又は難病の患者に対する医療等に関する法律による指定難病要支援者証明事業の実施に関する情報
one sig C23 extends Category {} -- 児童福祉法第二十一条の五の三十一に規定する他の法令による給付の支給に関する情報
one sig C24 extends Category {} -- 児童扶養手当関係情報
one sig C25 extends Category {} -- 児童福祉法による児童及びその家庭についての調査及び判定若しくは障害児入所支援、身体障害者福祉法による身体障害者手帳、精神保健及び精神障害者福祉に関する法律による精神障害者保健福祉手帳又は難病の患者に対する医療等に関する法律による指定難病要支援者証明事業の実施に関する情報
one sig C26 extends Category {} -- 児童福祉法第二十四条の二十二に規定する他の法令による給付の支給に関する情報
one sig C27 extends Category {} -- 児童福祉法による児童及びその家庭についての調査及び判定、障害児入所支援若しくは措置、身体障害者福祉法による身体障害者手帳、精神保健及び精神障害者福祉に関する法律による精神障害者保健福祉手帳又は知的障害者福祉法にいう知的障害者に関する情報
one sig C28 extends Category {} -- 児童福祉法による母子生活支援施設における保護の実施に関する情報
one sig C29 extends Category {} -- 国民年金法による障害基礎年金の支給に関する情報
one sig C30 extends Category {} -- 特別児童扶養手当関係情報
one sig C31 extends Category {} -- 予防接種法による予防接種の実施に関する情報
one sig C32 extends Category {} -- 身体障害者福祉法による身体障害者手帳に関する情報
one sig C33 extends Category {} -- 新型インフルエンザ等対策特別措置法による予防接種の実施に関する情報
one sig C34 extends Category {} -- 医療保険各法その他の法令による医療に関する給付の支給に関する情報
one sig C35 extends Category {} -- 特別児童扶養手当等の支給に関する法律その他の法令による障害を有する者に対する手当の支給に関する情報
one sig C36 extends Category {} -- 身体障害者福祉法による身体障害者手帳、精神保健及び精神障害者福祉に関する法律による精神障害者保健福祉手帳又は知的障害者福祉法にいう知的障害者に関する情報
one sig C37 extends Category {} -- 精神保健及び精神障害者福祉に関する法律第三十条の二に規定する他の法律による医療に関する給付の支給に関する情報
one sig C38 extends Category {} -- 児童福祉法による児童及びその家庭についての調査及び判定若しくは小児慢性特定疾病医療費、療育の給付若しくは障害児入所給付費の支給、身体障害者福祉法による身体障害者手帳、精神保健及び精神障害者福祉に関する法律による精神障害者保健福祉手帳、知的障害者福祉法にいう知的障害者若しくは母子及び父子並びに寡婦福祉法による資金の貸付けに関する情報
one sig C39 extends Category {} -- 難病の患者に対する医療等に関する法律による特定医療費の支給に関する情報
one sig C40 extends Category {} -- 母子及び父子並びに寡婦福祉法による給付金、特別児童扶養手当等の支給に関する法律による障害児福祉手当若しくは特別障害者手当若しくは昭和六十年法律第三十四号附則第九十七条第一項の福祉手当の支給に関する情報
one sig C41 extends Category {} -- 母子保健法による養育医療の給付若しくは養育医療に要する費用の支給に関する情報
one sig C42 extends Category {} -- 児童手当関係情報
one sig C43 extends Category {} -- 特別支援学校への就学奨励に関する法律による特別支援学校への就学のため必要な経費の支弁に関する情報
one sig C44 extends Category {} -- 学校保健安全法による医療に要する費用についての援助に関する情報
one sig C45 extends Category {} -- 労働施策の総合的な推進並びに労働者の雇用の安定及び職業生活の充実等に関する法律による職業転換給付金の支給に関する情報
one sig C46 extends Category {} -- 地方公務員災害補償関係情報
one sig C47 extends Category {} -- 職業訓練受講給付金関係情報
one sig C48 extends Category {} -- 障害者関係情報
one sig C49 extends Category {} -- 母子保健法による妊娠の届出に関する情報
one sig C50 extends Category {} -- 労働者災害補償関係情報
one sig C51 extends Category {} -- 雇用保険法による基本手当若しくは高年齢雇用継続基本給付金の支給に関する情報
one sig C52 extends Category {} -- 国民健康保険法第五十六条第一項に規定する他の法令による給付の支給に関する情報
one sig C53 extends Category {} -- 難病の患者に対する医療等に関する法律による指定難病要支援者証明事業の実施に関する情報
one sig C54 extends Category {} -- 児童福祉法による小児慢性特定疾病医療費の支給、小児慢性特定疾病要支援者証明事業の実施、障害児入所支援若しくは措置若しくは難病の患者に対する医療等に関する法律による特定医療費の支給若しくは指定難病要支援者証明事業の実施に関する情報
one sig C55 extends Category {} -- 児童福祉法による障害児通所支援若しくは母子保健法による妊娠の届出に関する情報
one sig C56 extends Category {} -- 特別児童扶養手当等の支給に関する法律による障害児福祉手当若しくは特別障害者手当又は昭和六十年法律第三十四号附則第九十七条第一項の福祉手当の支給に関する情報
one sig C57 extends Category {} -- 児童福祉法による障害児入所支援、措置若しくは日常生活上の援助及び生活指導並びに就業の支援の実施に関する情報
one sig C58 extends Category {} -- 障害者の日常生活及び社会生活を総合的に支援するための法律による療養介護若しくは施設入所支援に関する情報
one sig C59 extends Category {} -- 児童扶養手当法第三条第二項に規定する公的年金給付の支給に関する情報
one sig C60 extends Category {} -- 母子保健法による相談、支援、保健指導、新生児の訪問指導、健康診査、妊産婦の訪問指導、産後ケア事業又は未熟児の訪問指導に関する情報
one sig C61 extends Category {} -- 雇用保険法第三十七条第八項に規定する他の法令による給付の支給に関する情報
one sig C62 extends Category {} -- 高齢者の医療の確保に関する法律第五十七条第一項に規定する他の法令による給付の支給に関する情報
one sig C63 extends Category {} -- 昭和六十年法律第三十四号附則第九十七条第二項において準用する特別児童扶養手当等の支給に関する法律第十七条第一号の障害を支給事由とする給付の支給に関する情報
one sig C64 extends Category {} -- 児童福祉法による小児慢性特定疾病医療費、療育の給付若しくは障害児入所給付費の支給若しくは母子及び父子並びに寡婦福祉法による資金の貸付けに関する情報
one sig C65 extends Category {} -- 介護保険法第二十条に規定する他の法令による給付の支給に関する情報
one sig C66 extends Category {} -- 感染症の予防及び感染症の患者に対する医療に関する法律第三十九条第一項に規定する他の法律による医療に関する給付の支給に関する情報
one sig C67 extends Category {} -- 健康増進法による健康増進事業の実施に関する情報
one sig C68 extends Category {} -- 平成十三年統合法による年金である給付の支給に関する情報
one sig C69 extends Category {} -- 児童福祉法による措置に関する情報
one sig C70 extends Category {} -- 児童福祉法による障害児入所支援に関する情報
one sig C71 extends Category {} -- 障害者の日常生活及び社会生活を総合的に支援するための法律第七条に規定する他の法令により行われる給付の支給に関する情報
one sig C72 extends Category {} -- 国民年金法その他の法令による給付の支給に関する情報
one sig C73 extends Category {} -- 高等学校等就学支援金の支給に関する法律による就学支援金の支給に関する情報
one sig C74 extends Category {} -- 予防接種法又は新型インフルエンザ等対策特別措置法による予防接種の実施に関する情報
one sig C75 extends Category {} -- 児童福祉法による障害児入所支援若しくは措置に関する情報
one sig C76 extends Category {} -- 難病の患者に対する医療等に関する法律第十二条に規定する他の法令による給付の支給に関する情報
one sig C77 extends Category {} -- 医療保険各法又は高齢者の医療の確保に関する法律による医療に関する給付の支給に関する情報

-- Rules (item, inquirer type, provider type, category), in table order
one sig R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16 extends Rule {}
one sig R17, R18, R19, R20, R21, R22, R23, R24, R25, R26, R27, R28, R29, R30, R31, R32 extends Rule {}
one sig R33, R34, R35, R36, R37, R38, R39, R40, R41, R42, R43, R44, R45, R46, R47, R48 extends Rule {}
one sig R49, R50, R51, R52, R53, R54, R55, R56, R57, R58, R59, R60, R61, R62, R63, R64 extends Rule {}
one sig R65, R66, R67, R68, R69, R70, R71, R72, R73, R74, R75, R76, R77, R78, R79, R80 extends Rule {}
one sig R81, R82, R83, R84, R85, R86, R87, R88, R89, R90, R91, R92, R93, R94, R95, R96 extends Rule {}
one sig R97, R98, R99, R100, R101, R102, R103, R104, R105, R106, R107, R108, R109, R110, R111, R112 extends Rule {}
one sig R113, R114, R115, R116, R117, R118, R119, R120, R121, R122, R123, R124, R125, R126, R127, R128 extends Rule {}
one sig R129, R130, R131, R132, R133, R134, R135, R136, R137, R138, R139, R140, R141, R142, R143, R144 extends Rule {}
one sig R145, R146, R147, R148, R149, R150, R151, R152, R153, R154, R155, R156, R157, R158, R159, R160 extends Rule {}
one sig R161, R162, R163, R164, R165, R166, R167, R168, R169, R170, R171, R172, R173, R174, R175, R176 extends Rule {}
one sig R177, R178, R179, R180, R181, R182, R183, R184, R185, R186, R187, R188, R189, R190, R191, R192 extends Rule {}
one sig R193, R194, R195, R196, R197, R198, R199, R200, R201, R202, R203, R204, R205, R206, R207, R208 extends Rule {}
one sig R209, R210, R211, R212, R213, R214, R215, R216, R217, R218, R219, R220, R221, R222, R223, R224 extends Rule {}
one sig R225, R226, R227, R228, R229, R230, R231, R232, R233, R234, R235, R236, R237, R238, R239, R240 extends Rule {}
one sig R241, R242, R243, R244, R245, R246, R247, R248, R249, R250, R251, R252, R253, R254, R255, R256 extends Rule {}
one sig R257, R258, R259, R260, R261, R262, R263, R264, R265, R266, R267, R268, R269, R270, R271, R272 extends Rule {}
one sig R273, R274, R275, R276, R277, R278, R279, R280, R281, R282, R283, R284, R285, R286, R287, R288 extends Rule {}
one sig R289, R290, R291, R292, R293, R294, R295, R296, R297, R298, R299, R300, R301, R302, R303, R304 extends Rule {}
one sig R305, R306, R307, R308, R309, R310, R311, R312, R313, R314, R315, R316, R317, R318, R319, R320 extends Rule {}
one sig R321, R322, R323, R324, R325, R326, R327, R328, R329, R330, R331, R332, R333, R334, R335, R336 extends Rule {}
one sig R337, R338, R339, R340, R341, R342, R343, R344, R345, R346, R347, R348, R349, R350, R351, R352 extends Rule {}
one sig R353, R354, R355, R356, R357, R358, R359, R360, R361, R362, R363, R364, R365, R366, R367, R368 extends Rule {}
one sig R369, R370, R371, R372, R373, R374, R375, R376, R377, R378, R379, R380, R381, R382, R383, R384 extends Rule {}
one sig R385, R386, R387, R388, R389, R390, R391, R392, R393, R394, R395, R396, R397, R398, R399, R400 extends Rule {}
one sig R401, R402, R403, R404, R405, R406, R407, R408, R409, R410, R411, R412, R413, R414, R415, R416 extends Rule {}
one sig R417, R418, R419, R420, R421, R422, R423, R424, R425, R426, R427, R428, R429, R430, R431, R432 extends Rule {}
one sig R433, R434, R435, R436, R437, R438, R439, R440, R441, R442, R443, R444, R445, R446, R447, R448 extends Rule {}
one sig R449, R450, R451, R452, R453, R454, R455, R456, R457, R458, R459, R460, R461, R462, R463, R464 extends Rule {}
one sig R465, R466, R467, R468, R469, R470, R471, R472, R473, R474, R475, R476, R477, R478, R479, R480 extends Rule {}
one sig R481, R482, R483, R484, R485, R486, R487, R488, R489, R490, R491, R492, R493, R494, R495, R496 extends Rule {}
one sig R497, R498, R499, R500, R501, R502, R503, R504, R505, R506, R507, R508, R509, R510, R511, R512 extends Rule {}
one sig R513, R514, R515, R516, R517, R518, R519, R520, R521, R522, R523, R524, R525, R526, R527, R528 extends Rule {}
one sig R529, R530, R531, R532, R533, R534, R535, R536, R537, R538, R539, R540, R541, R542, R543, R544 extends Rule {}
one sig R545, R546, R547, R548, R549, R550, R551, R552, R553, R554, R555, R556, R557, R558, R559, R560 extends Rule {}
one sig R561, R562, R563, R564, R565, R566, R567, R568, R569, R570, R571, R572, R573, R574, R575, R576 extends Rule {}
one sig R577, R578, R579, R580, R581, R582, R583, R584, R585, R586, R587, R588, R589, R590, R591, R592 extends Rule {}
one sig R593, R594, R595, R596, R597, R598, R599, R600, R601, R602, R603, R604, R605, R606, R607, R608 extends Rule {}
one sig R609, R610, R611, R612, R613, R614, R615, R616, R617, R618, R619, R620, R621, R622, R623, R624 extends Rule {}
one sig R625, R626, R627, R628, R629, R630, R631, R632, R633, R634, R635, R636, R637, R638, R639, R640 extends Rule {}
one sig R641, R642, R643, R644, R645, R646, R647, R648, R649, R650, R651, R652, R653, R654, R655, R656 extends Rule {}
one sig R657, R658, R659, R660, R661, R662, R663, R664, R665, R666, R667, R668, R669, R670, R671, R672 extends Rule {}
one sig R673, R674, R675, R676, R677, R678, R679, R680, R681, R682, R683, R684, R685, R686, R687, R688 extends Rule {}
one sig R689, R690, R691, R692, R693, R694, R695, R696, R697, R698, R699, R700, R701, R702, R703, R704 extends Rule {}
one sig R705, R706, R707, R708, R709, R710, R711, R712, R713, R714, R715, R716, R717, R718, R719, R720 extends Rule {}
one sig R721, R722, R723, R724, R725, R726, R727, R728, R729, R730, R731, R732, R733, R734, R735, R736 extends Rule {}
one sig R737, R738, R739, R740, R741, R742, R743, R744, R745, R746, R747, R748, R749, R750, R751, R752 extends Rule {}
one sig R753, R754, R755, R756, R757, R758, R759, R760, R761, R762, R763, R764, R765, R766, R767, R768 extends Rule {}
one sig R769, R770, R771, R772, R773, R774, R775, R776, R777, R778, R779, R780, R781, R782, R783, R784 extends Rule {}
one sig R785, R786, R787, R788, R789, R790, R791, R792, R793, R794, R795, R796, R797, R798, R799, R800 extends Rule {}
one sig R801, R802, R803, R804, R805, R806, R807, R808, R809, R810, R811, R812, R813, R814, R815, R816 extends Rule {}
one sig R817, R818, R819, R820, R821, R822, R823, R824, R825, R826, R827, R828, R829, R830, R831, R832 extends Rule {}
one sig R833, R834, R835, R836, R837, R838, R839, R840, R841, R842, R843, R844, R845, R846, R847, R848 extends Rule {}
one sig R849, R850, R851, R852, R853, R854, R855, R856, R857, R858, R859, R860, R861, R862, R863, R864 extends Rule {}
one sig R865, R866, R867, R868, R869, R870, R871, R872, R873, R874, R875, R876, R877, R878, R879, R880 extends Rule {}
one sig R881, R882, R883, R884, R885, R886, R887, R888, R889, R890, R891, R892, R893, R894, R895, R896 extends Rule {}
one sig R897, R898, R899, R900, R901, R902, R903, R904, R905 extends Rule {}

-- Institutions of the registry
one sig mhlw extends Institution {} -- 厚生労働大臣
one sig nenkin extends Institution {} -- 日本年金機構
one sig moj extends Institution {} -- 法務大臣
one sig cao extends Institution {} -- 内閣総理大臣
one sig kyokai extends Institution {} -- 全国健康保険協会
one sig kenpo_1 extends Institution {} -- 関東ITソフトウェア健康保険組合
one sig tokyo_pref extends Institution {} -- 東京都知事
one sig chiyoda extends Institution {} -- 千代田区長
one sig yokohama extends Institution {} -- 横浜市長
one sig okutama extends Institution {} -- 奥多摩町長
one sig ishi_kokuho extends Institution {} -- 東京都医師国民健康保険組合
one sig tokyo_kyosai extends Institution {} -- 東京都職員共済組合
one sig jasso extends Institution {} -- 独立行政法人日本学生支援機構

-- The rules' columns
fun ruleItem: Rule -> Item {
    (((R1 -> Item1 + R2 -> Item1 + R3 -> Item1 + R4 -> Item1 + R5 -> Item1 + R6 -> Item1 + R7 -> Item1 + R8 -> Item2)
      + (R9 -> Item2 + R10 -> Item2 + R11 -> Item2 + R12 -> Item2 + R13 -> Item2 + R14 -> Item2 + R15 -> Item2 + R16 -> Item2)
      + (R17 -> Item2 + R18 -> Item2 + R19 -> Item2 + R20 -> Item2 + R21 -> Item2 + R22 -> Item2 + R23 -> Item2 + R24 -> Item2)
      + (R25 -> Item2 + R26 -> Item3 + R27 -> Item3 + R28 -> Item3 + R29 -> Item3 + R30 -> Item3 + R31 -> Item3 + R32 -> Item3)
      + (R33 -> Item3 + R34 -> Item3 + R35 -> Item3 + R36 -> Item3 + R37 -> Item3 + R38 -> Item3 + R39 -> Item3 + R40 -> Item3)
      + (R41 -> Item3 + R42 -> Item3 + R43 -> Item3 + R44 -> Item4 + R45 -> Item4 + R46 -> Item4 + R47 -> Item4 + R48 -> Item4)
      + (R49 -> Item4 + R50 -> Item4 + R51 -> Item4 + R52 -> Item4 + R53 -> Item4 + R54 -> Item4 + R55 -> Item4 + R56 -> Item5)
      + (R57 -> Item5 + R58 -> Item5 + R59 -> Item5 + R60 -> Item5 + R61 -> Item5 + R62 -> Item5 + R63 -> Item6 + R64 -> Item6))
     + ((R65 -> Item6 + R66 -> Item6 + R67 -> Item6 + R68 -> Item6 + R69 -> Item6 + R70 -> Item6 + R71 -> Item7 + R72 -> Item7)
        + (R73 -> Item7 + R74 -> Item7 + R75 -> Item7 + R76 -> Item7 + R77 -> Item7 + R78 -> Item7 + R79 -> Item8 + R80 -> Item8)
        + (R81 -> Item9 + R82 -> Item10 + R83 -> Item11 + R84 -> Item11 + R85 -> Item11 + R86 -> Item11 + R87 -> Item11 + R88 -> Item11)
        + (R89 -> Item12 + R90 -> Item13 + R91 -> Item13 + R92 -> Item13 + R93 -> Item13 + R94 -> Item13 + R95 -> Item13 + R96 -> Item13)
        + (R97 -> Item13 + R98 -> Item14 + R99 -> Item14 + R100 -> Item14 + R101 -> Item15 + R102 -> Item15 + R103 -> Item15 + R104 -> Item15)
        + (R105 -> Item15 + R106 -> Item15 + R107 -> Item16 + R108 -> Item16 + R109 -> Item17 + R110 -> Item18 + R111 -> Item18 + R112 -> Item18)
        + (R113 -> Item18 + R114 -> Item19 + R115 -> Item19 + R116 -> Item20 + R117 -> Item20 + R118 -> Item20 + R119 -> Item20 + R120 -> Item20)
        + (R121 -> Item20 + R122 -> Item20 + R123 -> Item20 + R124 -> Item20 + R125 -> Item20 + R126 -> Item20 + R127 -> Item20 + R128 -> Item20))
     + ((R129 -> Item20 + R130 -> Item20 + R131 -> Item20 + R132 -> Item20 + R133 -> Item20 + R134 -> Item20 + R135 -> Item20 + R136 -> Item20)
        + (R137 -> Item20 + R138 -> Item20 + R139 -> Item20 + R140 -> Item20 + R141 -> Item20 + R142 -> Item21 + R143 -> Item22 + R144 -> Item23)
        + (R145 -> Item24 + R146 -> Item25 + R147 -> Item25 + R148 -> Item25 + R149 -> Item25 + R150 -> Item25 + R151 -> Item25 + R152 -> Item26)
        + (R153 -> Item26 + R154 -> Item26 + R155 -> Item26 + R156 -> Item26 + R157 -> Item27 + R158 -> Item27 + R159 -> Item28 + R160 -> Item28)
        + (R161 -> Item28 + R162 -> Item28 + R163 -> Item28 + R164 -> Item29 + R165 -> Item29 + R166 -> Item30 + R167 -> Item31 + R168 -> Item32)
        + (R169 -> Item33 + R170 -> Item34 + R171 -> Item35 + R172 -> Item36 + R173 -> Item36 + R174 -> Item37 + R175 -> Item37 + R176 -> Item37)
        + (R177 -> Item37 + R178 -> Item37 + R179 -> Item37 + R180 -> Item38 + R181 -> Item39 + R182 -> Item39 + R183 -> Item39 + R184 -> Item40)
        + (R185 -> Item40 + R186 -> Item41 + R187 -> Item41 + R188 -> Item41 + R189 -> Item41 + R190 -> Item41 + R191 -> Item41 + R192 -> Item42))
     + ((R193 -> Item42 + R194 -> Item42 + R195 -> Item42 + R196 -> Item42 + R197 -> Item42 + R198 -> Item42 + R199 -> Item42 + R200 -> Item42)
        + (R201 -> Item42 + R202 -> Item42 + R203 -> Item42 + R204 -> Item42 + R205 -> Item42 + R206 -> Item42 + R207 -> Item42 + R208 -> Item42)
        + (R209 -> Item42 + R210 -> Item42 + R211 -> Item42 + R212 -> Item42 + R213 -> Item42 + R214 -> Item42 + R215 -> Item42 + R216 -> Item42)
        + (R217 -> Item42 + R218 -> Item42 + R219 -> Item42 + R220 -> Item42 + R221 -> Item42 + R222 -> Item42 + R223 -> Item42 + R224 -> Item42)
        + (R225 -> Item42 + R226 -> Item42 + R227 -> Item43 + R228 -> Item44 + R229 -> Item45 + R230 -> Item46 + R231 -> Item47 + R232 -> Item48)
        + (R233 -> Item48 + R234 -> Item48 + R235 -> Item48 + R236 -> Item48 + R237 -> Item48 + R238 -> Item48 + R239 -> Item48 + R240 -> Item48)
        + (R241 -> Item48 + R242 -> Item49 + R243 -> Item49 + R244 -> Item49 + R245 -> Item49 + R246 -> Item50 + R247 -> Item51 + R248 -> Item52)
        + (R249 -> Item53 + R250 -> Item53 + R251 -> Item53 + R252 -> Item53 + R253 -> Item53 + R254 -> Item53 + R255 -> Item53 + R256 -> Item53))
     + ((R257 -> Item53 + R258 -> Item53 + R259 -> Item54 + R260 -> Item55 + R261 -> Item56 + R262 -> Item56 + R263 -> Item56 + R264 -> Item56)
        + (R265 -> Item56 + R266 -> Item56 + R267 -> Item56 + R268 -> Item57 + R269 -> Item57 + R270 -> Item57 + R271 -> Item57 + R272 -> Item57)
        + (R273 -> Item57 + R274 -> Item57 + R275 -> Item57 + R276 -> Item58 + R277 -> Item58 + R278 -> Item58 + R279 -> Item58 + R280 -> Item58)
        + (R281 -> Item58 + R282 -> Item58 + R283 -> Item58 + R284 -> Item58 + R285 -> Item58 + R286 -> Item58 + R287 -> Item58 + R288 -> Item58)
        + (R289 -> Item58 + R290 -> Item59 + R291 -> Item59 + R292 -> Item59 + R293 -> Item59 + R294 -> Item59 + R295 -> Item59 + R296 -> Item59)
        + (R297 -> Item59 + R298 -> Item60 + R299 -> Item61 + R300 -> Item62 + R301 -> Item62 + R302 -> Item63 + R303 -> Item63 + R304 -> Item63)
        + (R305 -> Item63 + R306 -> Item63 + R307 -> Item63 + R308 -> Item64 + R309 -> Item65 + R310 -> Item65 + R311 -> Item65 + R312 -> Item65)
        + (R313 -> Item65 + R314 -> Item65 + R315 -> Item65 + R316 -> Item65 + R317 -> Item65 + R318 -> Item65 + R319 -> Item65 + R320 -> Item65))
     + ((R321 -> Item65 + R322 -> Item65 + R323 -> Item65 + R324 -> Item65 + R325 -> Item65 + R326 -> Item66 + R327 -> Item66 + R328 -> Item66)
        + (R329 -> Item66 + R330 -> Item67 + R331 -> Item68 + R332 -> Item69 + R333 -> Item69 + R334 -> Item69 + R335 -> Item69 + R336 -> Item69)
        + (R337 -> Item69 + R338 -> Item69 + R339 -> Item69 + R340 -> Item69 + R341 -> Item69 + R342 -> Item69 + R343 -> Item69 + R344 -> Item69)
        + (R345 -> Item69 + R346 -> Item69 + R347 -> Item69 + R348 -> Item69 + R349 -> Item69 + R350 -> Item70 + R351 -> Item70 + R352 -> Item71)
        + (R353 -> Item71 + R354 -> Item71 + R355 -> Item72 + R356 -> Item72 + R357 -> Item73 + R358 -> Item73 + R359 -> Item73 + R360 -> Item73)
        + (R361 -> Item74 + R362 -> Item74 + R363 -> Item75 + R364 -> Item75 + R365 -> Item75 + R366 -> Item75 + R367 -> Item75 + R368 -> Item75)
        + (R369 -> Item76 + R370 -> Item76 + R371 -> Item76 + R372 -> Item76 + R373 -> Item76 + R374 -> Item76 + R375 -> Item76 + R376 -> Item76)
        + (R377 -> Item76 + R378 -> Item76 + R379 -> Item77 + R380 -> Item77 + R381 -> Item78 + R382 -> Item79 + R383 -> Item80 + R384 -> Item80))
     + ((R385 -> Item80 + R386 -> Item80 + R387 -> Item80 + R388 -> Item80 + R389 -> Item80 + R390 -> Item80 + R391 -> Item80 + R392 -> Item81)
        + (R393 -> Item81 + R394 -> Item81 + R395 -> Item81 + R396 -> Item81 + R397 -> Item81 + R398 -> Item81 + R399 -> Item81 + R400 -> Item81)
        + (R401 -> Item81 + R402 -> Item82 + R403 -> Item83 + R404 -> Item83 + R405 -> Item83 + R406 -> Item83 + R407 -> Item83 + R408 -> Item83)
        + (R409 -> Item83 + R410 -> Item83 + R411 -> Item83 + R412 -> Item83 + R413 -> Item83 + R414 -> Item83 + R415 -> Item83 + R416 -> Item83)
        + (R417 -> Item83 + R418 -> Item83 + R419 -> Item83 + R420 -> Item83 + R421 -> Item84 + R422 -> Item84 + R423 -> Item84 + R424 -> Item84)
        + (R425 -> Item84 + R426 -> Item84 + R427 -> Item84 + R428 -> Item84 + R429 -> Item85 + R430 -> Item85 + R431 -> Item85 + R432 -> Item85)
        + (R433 -> Item86 + R434 -> Item86 + R435 -> Item86 + R436 -> Item86 + R437 -> Item87 + R438 -> Item87 + R439 -> Item87 + R440 -> Item87)
        + (R441 -> Item87 + R442 -> Item87 + R443 -> Item87 + R444 -> Item87 + R445 -> Item87 + R446 -> Item87 + R447 -> Item88 + R448 -> Item88))
     + ((R449 -> Item88 + R450 -> Item89 + R451 -> Item89 + R452 -> Item89 + R453 -> Item89 + R454 -> Item89 + R455 -> Item89 + R456 -> Item89)
        + (R457 -> Item89 + R458 -> Item90 + R459 -> Item90 + R460 -> Item90 + R461 -> Item90 + R462 -> Item90 + R463 -> Item90 + R464 -> Item91)
        + (R465 -> Item91 + R466 -> Item91 + R467 -> Item91 + R468 -> Item91 + R469 -> Item91 + R470 -> Item91 + R471 -> Item91 + R472 -> Item91)
        + (R473 -> Item91 + R474 -> Item91 + R475 -> Item91 + R476 -> Item91 + R477 -> Item91 + R478 -> Item91 + R479 -> Item91 + R480 -> Item91)
        + (R481 -> Item91 + R482 -> Item91 + R483 -> Item91 + R484 -> Item92 + R485 -> Item92 + R486 -> Item92 + R487 -> Item92 + R488 -> Item92)
        + (R489 -> Item93 + R490 -> Item93 + R491 -> Item93 + R492 -> Item93 + R493 -> Item93 + R494 -> Item94 + R495 -> Item95 + R496 -> Item96)
        + (R497 -> Item96 + R498 -> Item96 + R499 -> Item96 + R500 -> Item96 + R501 -> Item97 + R502 -> Item98 + R503 -> Item98 + R504 -> Item98)
        + (R505 -> Item98 + R506 -> Item99 + R507 -> Item99 + R508 -> Item100 + R509 -> Item101 + R510 -> Item102 + R511 -> Item103 + R512 -> Item104)))
    + (((R513 -> Item105 + R514 -> Item106 + R515 -> Item106 + R516 -> Item106 + R517 -> Item106 + R518 -> Item107 + R519 -> Item107 + R520 -> Item107)
        + (R521 -> Item108 + R522 -> Item108 + R523 -> Item108 + R524 -> Item108 + R525 -> Item108 + R526 -> Item108 + R527 -> Item108 + R528 -> Item109)
        + (R529 -> Item109 + R530 -> Item109 + R531 -> Item109 + R532 -> Item110 + R533 -> Item110 + R534 -> Item111 + R535 -> Item112 + R536 -> Item112)
        + (R537 -> Item112 + R538 -> Item112 + R539 -> Item113 + R540 -> Item113 + R541 -> Item114 + R542 -> Item115 + R543 -> Item115 + R544 -> Item115)
        + (R545 -> Item115 + R546 -> Item115 + R547 -> Item116 + R548 -> Item116 + R549 -> Item116 + R550 -> Item116 + R551 -> Item116 + R552 -> Item117)
        + (R553 -> Item118 + R554 -> Item118 + R555 -> Item118 + R556 -> Item119 + R557 -> Item120 + R558 -> Item121 + R559 -> Item122 + R560 -> Item123)
        + (R561 -> Item124 + R562 -> Item124 + R563 -> Item124 + R564 -> Item124 + R565 -> Item124 + R566 -> Item124 + R567 -> Item124 + R568 -> Item124)
        + (R569 -> Item125 + R570 -> Item125 + R571 -> Item125 + R572 -> Item125 + R573 -> Item125 + R574 -> Item125 + R575 -> Item125 + R576 -> Item125))
       + ((R577 -> Item125 + R578 -> Item125 + R579 -> Item125 + R580 -> Item125 + R581 -> Item125 + R582 -> Item125 + R583 -> Item125 + R584 -> Item125)
          + (R585 -> Item125 + R586 -> Item125 + R587 -> Item125 + R588 -> Item125 + R589 -> Item125 + R590 -> Item125 + R591 -> Item125 + R592 -> Item125)
          + (R593 -> Item125 + R594 -> Item125 + R595 -> Item125 + R596 -> Item125 + R597 -> Item125 + R598 -> Item125 + R599 -> Item125 + R600 -> Item125)
          + (R601 -> Item125 + R602 -> Item125 + R603 -> Item125 + R604 -> Item125 + R605 -> Item126 + R606 -> Item126 + R607 -> Item126 + R608 -> Item127)
          + (R609 -> Item127 + R610 -> Item127 + R611 -> Item128 + R612 -> Item128 + R613 -> Item128 + R614 -> Item128 + R615 -> Item128 + R616 -> Item128)
          + (R617 -> Item129 + R618 -> Item129 + R619 -> Item129 + R620 -> Item129 + R621 -> Item130 + R622 -> Item130 + R623 -> Item130 + R624 -> Item130)
          + (R625 -> Item130 + R626 -> Item130 + R627 -> Item130 + R628 -> Item130 + R629 -> Item130 + R630 -> Item130 + R631 -> Item130 + R632 -> Item130)
          + (R633 -> Item130 + R634 -> Item130 + R635 -> Item131 + R636 -> Item131 + R637 -> Item131 + R638 -> Item132 + R639 -> Item132 + R640 -> Item132))
       + ((R641 -> Item132 + R642 -> Item132 + R643 -> Item132 + R644 -> Item132 + R645 -> Item132 + R646 -> Item132 + R647 -> Item133 + R648 -> Item134)
          + (R649 -> Item135 + R650 -> Item136 + R651 -> Item136 + R652 -> Item137 + R653 -> Item137 + R654 -> Item137 + R655 -> Item137 + R656 -> Item137)
          + (R657 -> Item137 + R658 -> Item137 + R659 -> Item137 + R660 -> Item137 + R661 -> Item137 + R662 -> Item137 + R663 -> Item137 + R664 -> Item137)
          + (R665 -> Item137 + R666 -> Item137 + R667 -> Item138 + R668 -> Item138 + R669 -> Item138 + R670 -> Item138 + R671 -> Item139 + R672 -> Item140)
          + (R673 -> Item140 + R674 -> Item140 + R675 -> Item140 + R676 -> Item140 + R677 -> Item140 + R678 -> Item140 + R679 -> Item140 + R680 -> Item140)
          + (R681 -> Item140 + R682 -> Item140 + R683 -> Item141 + R684 -> Item141 + R685 -> Item141 + R686 -> Item141 + R687 -> Item141 + R688 -> Item141)
          + (R689 -> Item141 + R690 -> Item141 + R691 -> Item141 + R692 -> Item141 + R693 -> Item141 + R694 -> Item141 + R695 -> Item141 + R696 -> Item141)
          + (R697 -> Item141 + R698 -> Item141 + R699 -> Item142 + R700 -> Item142 + R701 -> Item142 + R702 -> Item142 + R703 -> Item142 + R704 -> Item142))
       + ((R705 -> Item143 + R706 -> Item144 + R707 -> Item144 + R708 -> Item144 + R709 -> Item144 + R710 -> Item144 + R711 -> Item144 + R712 -> Item144)
          + (R713 -> Item144 + R714 -> Item144 + R715 -> Item144 + R716 -> Item144 + R717 -> Item144 + R718 -> Item144 + R719 -> Item144 + R720 -> Item144)
          + (R721 -> Item144 + R722 -> Item144 + R723 -> Item144 + R724 -> Item144 + R725 -> Item144 + R726 -> Item144 + R727 -> Item144 + R728 -> Item144)
          + (R729 -> Item144 + R730 -> Item144 + R731 -> Item144 + R732 -> Item144 + R733 -> Item144 + R734 -> Item145 + R735 -> Item145 + R736 -> Item146)
          + (R737 -> Item146 + R738 -> Item147 + R739 -> Item147 + R740 -> Item147 + R741 -> Item147 + R742 -> Item147 + R743 -> Item147 + R744 -> Item148)
          + (R745 -> Item149 + R746 -> Item149 + R747 -> Item149 + R748 -> Item150 + R749 -> Item150 + R750 -> Item150 + R751 -> Item151 + R752 -> Item151)
          + (R753 -> Item151 + R754 -> Item151 + R755 -> Item151 + R756 -> Item151 + R757 -> Item151 + R758 -> Item151 + R759 -> Item151 + R760 -> Item151)
          + (R761 -> Item151 + R762 -> Item151 + R763 -> Item151 + R764 -> Item151 + R765 -> Item151 + R766 -> Item151 + R767 -> Item151 + R768 -> Item151))
       + ((R769 -> Item152 + R770 -> Item152 + R771 -> Item152 + R772 -> Item152 + R773 -> Item152 + R774 -> Item152 + R775 -> Item152 + R776 -> Item152)
          + (R777 -> Item153 + R778 -> Item153 + R779 -> Item153 + R780 -> Item153 + R781 -> Item153 + R782 -> Item153 + R783 -> Item153 + R784 -> Item153)
          + (R785 -> Item153 + R786 -> Item153 + R787 -> Item154 + R788 -> Item154 + R789 -> Item155 + R790 -> Item155 + R791 -> Item155 + R792 -> Item155)
          + (R793 -> Item155 + R794 -> Item155 + R795 -> Item155 + R796 -> Item155 + R797 -> Item155 + R798 -> Item155 + R799 -> Item155 + R800 -> Item155)
          + (R801 -> Item155 + R802 -> Item155 + R803 -> Item155 + R804 -> Item156 + R805 -> Item156 + R806 -> Item156 + R807 -> Item156 + R808 -> Item157)
          + (R809 -> Item157 + R810 -> Item158 + R811 -> Item158 + R812 -> Item158 + R813 -> Item158 + R814 -> Item158 + R815 -> Item158 + R816 -> Item158)
          + (R817 -> Item158 + R818 -> Item159 + R819 -> Item159 + R820 -> Item160 + R821 -> Item160 + R822 -> Item160 + R823 -> Item161 + R824 -> Item161)
          + (R825 -> Item161 + R826 -> Item161 + R827 -> Item161 + R828 -> Item161 + R829 -> Item161 + R830 -> Item161 + R831 -> Item161 + R832 -> Item161))
       + ((R833 -> Item161 + R834 -> Item161 + R835 -> Item161 + R836 -> Item161 + R837 -> Item161 + R838 -> Item161 + R839 -> Item161 + R840 -> Item161)
          + (R841 -> Item161 + R842 -> Item161 + R843 -> Item161 + R844 -> Item161 + R845 -> Item161 + R846 -> Item161 + R847 -> Item161 + R848 -> Item161)
          + (R849 -> Item161 + R850 -> Item161 + R851 -> Item161 + R852 -> Item161 + R853 -> Item161 + R854 -> Item161 + R855 -> Item161 + R856 -> Item161)
          + (R857 -> Item161 + R858 -> Item161 + R859 -> Item162 + R860 -> Item163 + R861 -> Item163 + R862 -> Item163 + R863 -> Item163 + R864 -> Item163)
          + (R865 -> Item163 + R866 -> Item163 + R867 -> Item163 + R868 -> Item164 + R869 -> Item164 + R870 -> Item164 + R871 -> Item164 + R872 -> Item164)
          + (R873 -> Item165 + R874 -> Item165 + R875 -> Item165 + R876 -> Item165 + R877 -> Item165 + R878 -> Item166 + R879 -> Item166 + R880 -> Item166)
          + (R881 -> Item166 + R882 -> Item166 + R883 -> Item167 + R884 -> Item167 + R885 -> Item168 + R886 -> Item168 + R887 -> Item168 + R888 -> Item168)
          + (R889 -> Item169 + R890 -> Item169 + R891 -> Item169 + R892 -> Item169 + R893 -> Item170 + R894 -> Item170 + R895 -> Item170 + R896 -> Item170))
       + ((R897 -> Item171 + R898 -> Item171 + R899 -> Item172 + R900 -> Item172 + R901 -> Item172 + R902 -> Item172 + R903 -> Item173 + R904 -> Item173)
          + (R905 -> Item173)))
}
fun ruleInquirer: Rule -> InstitutionType {
    (((R1 -> T1 + R2 -> T1 + R3 -> T1 + R4 -> T1 + R5 -> T1 + R6 -> T1 + R7 -> T1 + R8 -> T6)
      + (R9 -> T6 + R10 -> T6 + R11 -> T6 + R12 -> T6 + R13 -> T6 + R14 -> T6 + R15 -> T6 + R16 -> T6)
      + (R17 -> T6 + R18 -> T6 + R19 -> T6 + R20 -> T6 + R21 -> T6 + R22 -> T6 + R23 -> T6 + R24 -> T6)
      + (R25 -> T6 + R26 -> T11 + R27 -> T11 + R28 -> T11 + R29 -> T11 + R30 -> T11 + R31 -> T11 + R32 -> T11)
      + (R33 -> T11 + R34 -> T11 + R35 -> T11 + R36 -> T11 + R37 -> T11 + R38 -> T11 + R39 -> T11 + R40 -> T11)
      + (R41 -> T11 + R42 -> T11 + R43 -> T11 + R44 -> T13 + R45 -> T14 + R46 -> T13 + R47 -> T14 + R48 -> T13)
      + (R49 -> T13 + R50 -> T13 + R51 -> T14 + R52 -> T14 + R53 -> T14 + R54 -> T13 + R55 -> T14 + R56 -> T1)
      + (R57 -> T1 + R58 -> T1 + R59 -> T1 + R60 -> T1 + R61 -> T1 + R62 -> T1 + R63 -> T6 + R64 -> T6))
     + ((R65 -> T6 + R66 -> T6 + R67 -> T6 + R68 -> T6 + R69 -> T6 + R70 -> T6 + R71 -> T6 + R72 -> T6)
        + (R73 -> T6 + R74 -> T6 + R75 -> T6 + R76 -> T6 + R77 -> T6 + R78 -> T6 + R79 -> T1 + R80 -> T1)
        + (R81 -> T1 + R82 -> T17 + R83 -> T14 + R84 -> T14 + R85 -> T14 + R86 -> T14 + R87 -> T14 + R88 -> T14)
        + (R89 -> T14 + R90 -> T14 + R91 -> T14 + R92 -> T14 + R93 -> T14 + R94 -> T14 + R95 -> T14 + R96 -> T14)
        + (R97 -> T14 + R98 -> T3 + R99 -> T3 + R100 -> T3 + R101 -> T3 + R102 -> T3 + R103 -> T3 + R104 -> T3)
        + (R105 -> T3 + R106 -> T3 + R107 -> T3 + R108 -> T3 + R109 -> T3 + R110 -> T14 + R111 -> T14 + R112 -> T14)
        + (R113 -> T14 + R114 -> T14 + R115 -> T14 + R116 -> T14 + R117 -> T3 + R118 -> T14 + R119 -> T14 + R120 -> T14)
        + (R121 -> T14 + R122 -> T3 + R123 -> T3 + R124 -> T3 + R125 -> T3 + R126 -> T14 + R127 -> T14 + R128 -> T14))
     + ((R129 -> T14 + R130 -> T3 + R131 -> T3 + R132 -> T3 + R133 -> T3 + R134 -> T14 + R135 -> T14 + R136 -> T3)
        + (R137 -> T3 + R138 -> T14 + R139 -> T14 + R140 -> T3 + R141 -> T3 + R142 -> T1 + R143 -> T1 + R144 -> T14)
        + (R145 -> T1 + R146 -> T3 + R147 -> T3 + R148 -> T3 + R149 -> T3 + R150 -> T3 + R151 -> T3 + R152 -> T14)
        + (R153 -> T14 + R154 -> T14 + R155 -> T14 + R156 -> T14 + R157 -> T3 + R158 -> T3 + R159 -> T3 + R160 -> T3)
        + (R161 -> T3 + R162 -> T3 + R163 -> T3 + R164 -> T3 + R165 -> T3 + R166 -> T1 + R167 -> T1 + R168 -> T1)
        + (R169 -> T14 + R170 -> T1 + R171 -> T14 + R172 -> T3 + R173 -> T14 + R174 -> T3 + R175 -> T3 + R176 -> T3)
        + (R177 -> T3 + R178 -> T3 + R179 -> T3 + R180 -> T14 + R181 -> T14 + R182 -> T14 + R183 -> T14 + R184 -> T14)
        + (R185 -> T14 + R186 -> T14 + R187 -> T14 + R188 -> T14 + R189 -> T14 + R190 -> T14 + R191 -> T14 + R192 -> T19))
     + ((R193 -> T19 + R194 -> T19 + R195 -> T19 + R196 -> T19 + R197 -> T19 + R198 -> T19 + R199 -> T19 + R200 -> T19)
        + (R201 -> T19 + R202 -> T19 + R203 -> T19 + R204 -> T19 + R205 -> T19 + R206 -> T19 + R207 -> T19 + R208 -> T19)
        + (R209 -> T19 + R210 -> T19 + R211 -> T19 + R212 -> T19 + R213 -> T19 + R214 -> T19 + R215 -> T19 + R216 -> T19)
        + (R217 -> T19 + R218 -> T19 + R219 -> T19 + R220 -> T19 + R221 -> T19 + R222 -> T19 + R223 -> T19 + R224 -> T19)
        + (R225 -> T19 + R226 -> T19 + R227 -> T19 + R228 -> T17 + R229 -> T17 + R230 -> T14 + R231 -> T14 + R232 -> T3)
        + (R233 -> T3 + R234 -> T3 + R235 -> T3 + R236 -> T3 + R237 -> T3 + R238 -> T3 + R239 -> T3 + R240 -> T3)
        + (R241 -> T3 + R242 -> T14 + R243 -> T14 + R244 -> T14 + R245 -> T14 + R246 -> T30 + R247 -> T31 + R248 -> T17)
        + (R249 -> T14 + R250 -> T3 + R251 -> T14 + R252 -> T3 + R253 -> T14 + R254 -> T3 + R255 -> T14 + R256 -> T14))
     + ((R257 -> T3 + R258 -> T3 + R259 -> T1 + R260 -> T32 + R261 -> T33 + R262 -> T33 + R263 -> T33 + R264 -> T33)
        + (R265 -> T33 + R266 -> T33 + R267 -> T33 + R268 -> T33 + R269 -> T33 + R270 -> T33 + R271 -> T33 + R272 -> T33)
        + (R273 -> T33 + R274 -> T33 + R275 -> T33 + R276 -> T1 + R277 -> T1 + R278 -> T5 + R279 -> T5 + R280 -> T1)
        + (R281 -> T5 + R282 -> T1 + R283 -> T1 + R284 -> T5 + R285 -> T5 + R286 -> T1 + R287 -> T5 + R288 -> T1)
        + (R289 -> T5 + R290 -> T26 + R291 -> T27 + R292 -> T26 + R293 -> T26 + R294 -> T27 + R295 -> T27 + R296 -> T26)
        + (R297 -> T27 + R298 -> T1 + R299 -> T1 + R300 -> T17 + R301 -> T34 + R302 -> T27 + R303 -> T28 + R304 -> T27)
        + (R305 -> T27 + R306 -> T28 + R307 -> T28 + R308 -> T1 + R309 -> T35 + R310 -> T35 + R311 -> T35 + R312 -> T35)
        + (R313 -> T35 + R314 -> T35 + R315 -> T35 + R316 -> T35 + R317 -> T35 + R318 -> T35 + R319 -> T35 + R320 -> T35))
     + ((R321 -> T35 + R322 -> T35 + R323 -> T35 + R324 -> T35 + R325 -> T35 + R326 -> T36 + R327 -> T36 + R328 -> T36)
        + (R329 -> T36 + R330 -> T36 + R331 -> T14 + R332 -> T3 + R333 -> T3 + R334 -> T37 + R335 -> T37 + R336 -> T3)
        + (R337 -> T37 + R338 -> T3 + R339 -> T3 + R340 -> T37 + R341 -> T37 + R342 -> T3 + R343 -> T3 + R344 -> T3)
        + (R345 -> T37 + R346 -> T37 + R347 -> T37 + R348 -> T3 + R349 -> T37 + R350 -> T3 + R351 -> T37 + R352 -> T3)
        + (R353 -> T3 + R354 -> T3 + R355 -> T1 + R356 -> T1 + R357 -> T1 + R358 -> T1 + R359 -> T1 + R360 -> T1)
        + (R361 -> T1 + R362 -> T1 + R363 -> T3 + R364 -> T3 + R365 -> T3 + R366 -> T3 + R367 -> T3 + R368 -> T3)
        + (R369 -> T14 + R370 -> T3 + R371 -> T14 + R372 -> T3 + R373 -> T14 + R374 -> T3 + R375 -> T14 + R376 -> T14)
        + (R377 -> T3 + R378 -> T3 + R379 -> T1 + R380 -> T1 + R381 -> T14 + R382 -> T1 + R383 -> T3 + R384 -> T3))
     + ((R385 -> T3 + R386 -> T3 + R387 -> T3 + R388 -> T3 + R389 -> T3 + R390 -> T3 + R391 -> T3 + R392 -> T19)
        + (R393 -> T19 + R394 -> T19 + R395 -> T19 + R396 -> T19 + R397 -> T19 + R398 -> T19 + R399 -> T19 + R400 -> T19)
        + (R401 -> T19 + R402 -> T30 + R403 -> T40 + R404 -> T40 + R405 -> T40 + R406 -> T40 + R407 -> T40 + R408 -> T40)
        + (R409 -> T40 + R410 -> T40 + R411 -> T40 + R412 -> T40 + R413 -> T40 + R414 -> T40 + R415 -> T40 + R416 -> T40)
        + (R417 -> T40 + R418 -> T40 + R419 -> T40 + R420 -> T40 + R421 -> T40 + R422 -> T41 + R423 -> T40 + R424 -> T40)
        + (R425 -> T41 + R426 -> T41 + R427 -> T40 + R428 -> T41 + R429 -> T40 + R430 -> T41 + R431 -> T40 + R432 -> T41)
        + (R433 -> T3 + R434 -> T3 + R435 -> T3 + R436 -> T3 + R437 -> T3 + R438 -> T3 + R439 -> T3 + R440 -> T3)
        + (R441 -> T3 + R442 -> T3 + R443 -> T3 + R444 -> T3 + R445 -> T3 + R446 -> T3 + R447 -> T14 + R448 -> T14))
     + ((R449 -> T14 + R450 -> T14 + R451 -> T3 + R452 -> T14 + R453 -> T14 + R454 -> T3 + R455 -> T3 + R456 -> T14)
        + (R457 -> T3 + R458 -> T19 + R459 -> T19 + R460 -> T19 + R461 -> T19 + R462 -> T19 + R463 -> T19 + R464 -> T1)
        + (R465 -> T14 + R466 -> T1 + R467 -> T14 + R468 -> T1 + R469 -> T14 + R470 -> T1 + R471 -> T1 + R472 -> T14)
        + (R473 -> T14 + R474 -> T1 + R475 -> T1 + R476 -> T1 + R477 -> T14 + R478 -> T14 + R479 -> T14 + R480 -> T1)
        + (R481 -> T14 + R482 -> T1 + R483 -> T14 + R484 -> T19 + R485 -> T19 + R486 -> T19 + R487 -> T19 + R488 -> T19)
        + (R489 -> T19 + R490 -> T19 + R491 -> T19 + R492 -> T19 + R493 -> T19 + R494 -> T1 + R495 -> T3 + R496 -> T3)
        + (R497 -> T3 + R498 -> T3 + R499 -> T3 + R500 -> T3 + R501 -> T14 + R502 -> T1 + R503 -> T14 + R504 -> T1)
        + (R505 -> T14 + R506 -> T29 + R507 -> T29 + R508 -> T29 + R509 -> T42 + R510 -> T1 + R511 -> T1 + R512 -> T43)))
    + (((R513 -> T1 + R514 -> T3 + R515 -> T3 + R516 -> T3 + R517 -> T3 + R518 -> T3 + R519 -> T3 + R520 -> T3)
        + (R521 -> T3 + R522 -> T3 + R523 -> T3 + R524 -> T3 + R525 -> T3 + R526 -> T3 + R527 -> T3 + R528 -> T1)
        + (R529 -> T1 + R530 -> T1 + R531 -> T1 + R532 -> T1 + R533 -> T1 + R534 -> T1 + R535 -> T1 + R536 -> T1)
        + (R537 -> T1 + R538 -> T1 + R539 -> T1 + R540 -> T1 + R541 -> T1 + R542 -> T8 + R543 -> T8 + R544 -> T8)
        + (R545 -> T8 + R546 -> T8 + R547 -> T8 + R548 -> T8 + R549 -> T8 + R550 -> T8 + R551 -> T8 + R552 -> T3)
        + (R553 -> T1 + R554 -> T1 + R555 -> T1 + R556 -> T19 + R557 -> T1 + R558 -> T1 + R559 -> T1 + R560 -> T1)
        + (R561 -> T14 + R562 -> T3 + R563 -> T14 + R564 -> T3 + R565 -> T14 + R566 -> T14 + R567 -> T3 + R568 -> T3)
        + (R569 -> T19 + R570 -> T19 + R571 -> T19 + R572 -> T19 + R573 -> T19 + R574 -> T19 + R575 -> T19 + R576 -> T19))
       + ((R577 -> T19 + R578 -> T19 + R579 -> T19 + R580 -> T19 + R581 -> T19 + R582 -> T19 + R583 -> T19 + R584 -> T19)
          + (R585 -> T19 + R586 -> T19 + R587 -> T19 + R588 -> T19 + R589 -> T19 + R590 -> T19 + R591 -> T19 + R592 -> T19)
          + (R593 -> T19 + R594 -> T19 + R595 -> T19 + R596 -> T19 + R597 -> T19 + R598 -> T19 + R599 -> T19 + R600 -> T19)
          + (R601 -> T19 + R602 -> T19 + R603 -> T19 + R604 -> T19 + R605 -> T14 + R606 -> T47 + R607 -> T48 + R608 -> T14)
          + (R609 -> T47 + R610 -> T48 + R611 -> T14 + R612 -> T47 + R613 -> T48 + R614 -> T14 + R615 -> T47 + R616 -> T48)
          + (R617 -> T1 + R618 -> T1 + R619 -> T1 + R620 -> T1 + R621 -> T49 + R622 -> T50 + R623 -> T49 + R624 -> T49)
          + (R625 -> T50 + R626 -> T50 + R627 -> T49 + R628 -> T49 + R629 -> T49 + R630 -> T50 + R631 -> T50 + R632 -> T50)
          + (R633 -> T49 + R634 -> T50 + R635 -> T3 + R636 -> T3 + R637 -> T3 + R638 -> T3 + R639 -> T3 + R640 -> T3))
       + ((R641 -> T3 + R642 -> T3 + R643 -> T3 + R644 -> T3 + R645 -> T3 + R646 -> T3 + R647 -> T14 + R648 -> T1)
          + (R649 -> T1 + R650 -> T14 + R651 -> T14 + R652 -> T14 + R653 -> T52 + R654 -> T53 + R655 -> T14 + R656 -> T14)
          + (R657 -> T52 + R658 -> T52 + R659 -> T53 + R660 -> T53 + R661 -> T14 + R662 -> T52 + R663 -> T53 + R664 -> T14)
          + (R665 -> T52 + R666 -> T53 + R667 -> T1 + R668 -> T1 + R669 -> T1 + R670 -> T1 + R671 -> T3 + R672 -> T55)
          + (R673 -> T55 + R674 -> T55 + R675 -> T55 + R676 -> T55 + R677 -> T55 + R678 -> T55 + R679 -> T55 + R680 -> T55)
          + (R681 -> T55 + R682 -> T55 + R683 -> T57 + R684 -> T57 + R685 -> T57 + R686 -> T57 + R687 -> T57 + R688 -> T57)
          + (R689 -> T57 + R690 -> T57 + R691 -> T57 + R692 -> T57 + R693 -> T57 + R694 -> T57 + R695 -> T57 + R696 -> T57)
          + (R697 -> T57 + R698 -> T57 + R699 -> T1 + R700 -> T1 + R701 -> T1 + R702 -> T1 + R703 -> T1 + R704 -> T1))
       + ((R705 -> T1 + R706 -> T14 + R707 -> T14 + R708 -> T14 + R709 -> T14 + R710 -> T3 + R711 -> T3 + R712 -> T3)
          + (R713 -> T3 + R714 -> T14 + R715 -> T14 + R716 -> T14 + R717 -> T14 + R718 -> T14 + R719 -> T3 + R720 -> T3)
          + (R721 -> T3 + R722 -> T3 + R723 -> T3 + R724 -> T14 + R725 -> T14 + R726 -> T3 + R727 -> T3 + R728 -> T14)
          + (R729 -> T14 + R730 -> T3 + R731 -> T3 + R732 -> T14 + R733 -> T3 + R734 -> T14 + R735 -> T3 + R736 -> T14)
          + (R737 -> T3 + R738 -> T13 + R739 -> T13 + R740 -> T13 + R741 -> T13 + R742 -> T13 + R743 -> T13 + R744 -> T1)
          + (R745 -> T1 + R746 -> T1 + R747 -> T1 + R748 -> T1 + R749 -> T1 + R750 -> T1 + R751 -> T26 + R752 -> T14)
          + (R753 -> T27 + R754 -> T26 + R755 -> T26 + R756 -> T14 + R757 -> T14 + R758 -> T27 + R759 -> T27 + R760 -> T26)
          + (R761 -> T26 + R762 -> T26 + R763 -> T14 + R764 -> T14 + R765 -> T14 + R766 -> T27 + R767 -> T27 + R768 -> T27))
       + ((R769 -> T1 + R770 -> T1 + R771 -> T1 + R772 -> T1 + R773 -> T1 + R774 -> T1 + R775 -> T1 + R776 -> T1)
          + (R777 -> T14 + R778 -> T14 + R779 -> T3 + R780 -> T3 + R781 -> T14 + R782 -> T14 + R783 -> T14 + R784 -> T3)
          + (R785 -> T3 + R786 -> T3 + R787 -> T1 + R788 -> T1 + R789 -> T3 + R790 -> T3 + R791 -> T3 + R792 -> T3)
          + (R793 -> T3 + R794 -> T3 + R795 -> T3 + R796 -> T3 + R797 -> T3 + R798 -> T3 + R799 -> T3 + R800 -> T3)
          + (R801 -> T3 + R802 -> T3 + R803 -> T3 + R804 -> T1 + R805 -> T1 + R806 -> T1 + R807 -> T1 + R808 -> T14)
          + (R809 -> T52 + R810 -> T14 + R811 -> T14 + R812 -> T14 + R813 -> T14 + R814 -> T14 + R815 -> T14 + R816 -> T14)
          + (R817 -> T14 + R818 -> T26 + R819 -> T1 + R820 -> T61 + R821 -> T61 + R822 -> T61 + R823 -> T19 + R824 -> T19)
          + (R825 -> T19 + R826 -> T19 + R827 -> T19 + R828 -> T19 + R829 -> T19 + R830 -> T19 + R831 -> T19 + R832 -> T19))
       + ((R833 -> T19 + R834 -> T19 + R835 -> T19 + R836 -> T19 + R837 -> T19 + R838 -> T19 + R839 -> T19 + R840 -> T19)
          + (R841 -> T19 + R842 -> T19 + R843 -> T19 + R844 -> T19 + R845 -> T19 + R846 -> T19 + R847 -> T19 + R848 -> T19)
          + (R849 -> T19 + R850 -> T19 + R851 -> T19 + R852 -> T19 + R853 -> T19 + R854 -> T19 + R855 -> T19 + R856 -> T19)
          + (R857 -> T19 + R858 -> T19 + R859 -> T19 + R860 -> T14 + R861 -> T3 + R862 -> T14 + R863 -> T3 + R864 -> T14)
          + (R865 -> T14 + R866 -> T3 + R867 -> T3 + R868 -> T14 + R869 -> T14 + R870 -> T14 + R871 -> T14 + R872 -> T14)
          + (R873 -> T14 + R874 -> T14 + R875 -> T14 + R876 -> T14 + R877 -> T14 + R878 -> T14 + R879 -> T14 + R880 -> T14)
          + (R881 -> T14 + R882 -> T14 + R883 -> T26 + R884 -> T26 + R885 -> T14 + R886 -> T27 + R887 -> T14 + R888 -> T27)
          + (R889 -> T14 + R890 -> T27 + R891 -> T14 + R892 -> T27 + R893 -> T14 + R894 -> T27 + R895 -> T14 + R896 -> T27))
       + ((R897 -> T26 + R898 -> T26 + R899 -> T14 + R900 -> T27 + R901 -> T14 + R902 -> T27 + R903 -> T14 + R904 -> T14)
          + (R905 -> T14)))
}
fun ruleProvider: Rule -> InstitutionType {
    (((R1 -> T2 + R2 -> T3 + R3 -> T3 + R4 -> T1 + R5 -> T4 + R6 -> T5 + R7 -> T1 + R8 -> T7)
      + (R9 -> T8 + R10 -> T9 + R11 -> T2 + R12 -> T3 + R13 -> T3 + R14 -> T3 + R15 -> T1 + R16 -> T1)
      + (R17 -> T1 + R18 -> T4 + R19 -> T4 + R20 -> T4 + R21 -> T5 + R22 -> T5 + R23 -> T5 + R24 -> T1)
      + (R25 -> T10 + R26 -> T7 + R27 -> T8 + R28 -> T12 + R29 -> T2 + R30 -> T3 + R31 -> T3 + R32 -> T3)
      + (R33 -> T1 + R34 -> T1 + R35 -> T1 + R36 -> T4 + R37 -> T4 + R38 -> T4 + R39 -> T5 + R40 -> T5)
      + (R41 -> T5 + R42 -> T1 + R43 -> T10 + R44 -> T2 + R45 -> T2 + R46 -> T3 + R47 -> T3 + R48 -> T1)
      + (R49 -> T4 + R50 -> T5 + R51 -> T1 + R52 -> T4 + R53 -> T5 + R54 -> T10 + R55 -> T10 + R56 -> T2)
      + (R57 -> T3 + R58 -> T3 + R59 -> T1 + R60 -> T4 + R61 -> T5 + R62 -> T1 + R63 -> T7 + R64 -> T8))
     + ((R65 -> T15 + R66 -> T1 + R67 -> T1 + R68 -> T1 + R69 -> T4 + R70 -> T4 + R71 -> T2 + R72 -> T3)
        + (R73 -> T3 + R74 -> T3 + R75 -> T1 + R76 -> T4 + R77 -> T5 + R78 -> T10 + R79 -> T16 + R80 -> T10)
        + (R81 -> T10 + R82 -> T2 + R83 -> T14 + R84 -> T3 + R85 -> T3 + R86 -> T3 + R87 -> T3 + R88 -> T3)
        + (R89 -> T2 + R90 -> T7 + R91 -> T8 + R92 -> T18 + R93 -> T19 + R94 -> T19 + R95 -> T3 + R96 -> T3)
        + (R97 -> T20 + R98 -> T14 + R99 -> T19 + R100 -> T19 + R101 -> T3 + R102 -> T3 + R103 -> T3 + R104 -> T3)
        + (R105 -> T3 + R106 -> T10 + R107 -> T21 + R108 -> T20 + R109 -> T19 + R110 -> T14 + R111 -> T19 + R112 -> T19)
        + (R113 -> T10 + R114 -> T22 + R115 -> T20 + R116 -> T14 + R117 -> T14 + R118 -> T3 + R119 -> T3 + R120 -> T3)
        + (R121 -> T3 + R122 -> T3 + R123 -> T3 + R124 -> T3 + R125 -> T3 + R126 -> T19 + R127 -> T19 + R128 -> T19))
     + ((R129 -> T19 + R130 -> T19 + R131 -> T19 + R132 -> T19 + R133 -> T19 + R134 -> T1 + R135 -> T4 + R136 -> T1)
        + (R137 -> T4 + R138 -> T1 + R139 -> T14 + R140 -> T1 + R141 -> T14 + R142 -> T2 + R143 -> T2 + R144 -> T2)
        + (R145 -> T2 + R146 -> T14 + R147 -> T3 + R148 -> T14 + R149 -> T1 + R150 -> T14 + R151 -> T3 + R152 -> T14)
        + (R153 -> T3 + R154 -> T1 + R155 -> T14 + R156 -> T3 + R157 -> T23 + R158 -> T10 + R159 -> T19 + R160 -> T19)
        + (R161 -> T3 + R162 -> T3 + R163 -> T10 + R164 -> T24 + R165 -> T10 + R166 -> T2 + R167 -> T2 + R168 -> T2)
        + (R169 -> T2 + R170 -> T2 + R171 -> T2 + R172 -> T2 + R173 -> T2 + R174 -> T14 + R175 -> T19 + R176 -> T19)
        + (R177 -> T3 + R178 -> T3 + R179 -> T3 + R180 -> T25 + R181 -> T2 + R182 -> T3 + R183 -> T3 + R184 -> T19)
        + (R185 -> T19 + R186 -> T1 + R187 -> T1 + R188 -> T4 + R189 -> T4 + R190 -> T5 + R191 -> T5 + R192 -> T7))
     + ((R193 -> T8 + R194 -> T14 + R195 -> T14 + R196 -> T14 + R197 -> T19 + R198 -> T19 + R199 -> T19 + R200 -> T19)
        + (R201 -> T3 + R202 -> T3 + R203 -> T3 + R204 -> T3 + R205 -> T3 + R206 -> T1 + R207 -> T1 + R208 -> T1)
        + (R209 -> T4 + R210 -> T4 + R211 -> T4 + R212 -> T5 + R213 -> T5 + R214 -> T5 + R215 -> T26 + R216 -> T27)
        + (R217 -> T27 + R218 -> T28 + R219 -> T1 + R220 -> T1 + R221 -> T14 + R222 -> T14 + R223 -> T29 + R224 -> T1)
        + (R225 -> T1 + R226 -> T10 + R227 -> T10 + R228 -> T2 + R229 -> T2 + R230 -> T2 + R231 -> T2 + R232 -> T7)
        + (R233 -> T8 + R234 -> T14 + R235 -> T2 + R236 -> T19 + R237 -> T3 + R238 -> T3 + R239 -> T3 + R240 -> T1)
        + (R241 -> T10 + R242 -> T14 + R243 -> T19 + R244 -> T3 + R245 -> T10 + R246 -> T10 + R247 -> T2 + R248 -> T2)
        + (R249 -> T14 + R250 -> T14 + R251 -> T2 + R252 -> T2 + R253 -> T19 + R254 -> T19 + R255 -> T3 + R256 -> T3))
     + ((R257 -> T3 + R258 -> T3 + R259 -> T2 + R260 -> T2 + R261 -> T7 + R262 -> T8 + R263 -> T3 + R264 -> T1)
        + (R265 -> T1 + R266 -> T4 + R267 -> T4 + R268 -> T2 + R269 -> T3 + R270 -> T3 + R271 -> T1 + R272 -> T4)
        + (R273 -> T5 + R274 -> T1 + R275 -> T10 + R276 -> T1 + R277 -> T1 + R278 -> T1 + R279 -> T1 + R280 -> T2)
        + (R281 -> T2 + R282 -> T3 + R283 -> T3 + R284 -> T3 + R285 -> T3 + R286 -> T29 + R287 -> T29 + R288 -> T10)
        + (R289 -> T10 + R290 -> T19 + R291 -> T19 + R292 -> T3 + R293 -> T3 + R294 -> T3 + R295 -> T3 + R296 -> T10)
        + (R297 -> T10 + R298 -> T2 + R299 -> T2 + R300 -> T2 + R301 -> T2 + R302 -> T19 + R303 -> T19 + R304 -> T3)
        + (R305 -> T3 + R306 -> T3 + R307 -> T3 + R308 -> T2 + R309 -> T7 + R310 -> T8 + R311 -> T2 + R312 -> T3)
        + (R313 -> T3 + R314 -> T3 + R315 -> T1 + R316 -> T1 + R317 -> T1 + R318 -> T4 + R319 -> T4 + R320 -> T4))
     + ((R321 -> T5 + R322 -> T5 + R323 -> T5 + R324 -> T1 + R325 -> T10 + R326 -> T2 + R327 -> T3 + R328 -> T3)
        + (R329 -> T10 + R330 -> T1 + R331 -> T2 + R332 -> T7 + R333 -> T8 + R334 -> T7 + R335 -> T8 + R336 -> T2)
        + (R337 -> T2 + R338 -> T19 + R339 -> T19 + R340 -> T19 + R341 -> T19 + R342 -> T3 + R343 -> T3 + R344 -> T3)
        + (R345 -> T3 + R346 -> T3 + R347 -> T3 + R348 -> T10 + R349 -> T10 + R350 -> T38 + R351 -> T38 + R352 -> T2)
        + (R353 -> T3 + R354 -> T1 + R355 -> T1 + R356 -> T29 + R357 -> T2 + R358 -> T3 + R359 -> T3 + R360 -> T10)
        + (R361 -> T19 + R362 -> T1 + R363 -> T14 + R364 -> T19 + R365 -> T19 + R366 -> T3 + R367 -> T3 + R368 -> T3)
        + (R369 -> T14 + R370 -> T14 + R371 -> T2 + R372 -> T2 + R373 -> T19 + R374 -> T19 + R375 -> T3 + R376 -> T3)
        + (R377 -> T3 + R378 -> T3 + R379 -> T14 + R380 -> T14 + R381 -> T2 + R382 -> T2 + R383 -> T14 + R384 -> T14))
     + ((R385 -> T3 + R386 -> T3 + R387 -> T1 + R388 -> T14 + R389 -> T19 + R390 -> T14 + R391 -> T3 + R392 -> T14)
        + (R393 -> T14 + R394 -> T2 + R395 -> T3 + R396 -> T3 + R397 -> T3 + R398 -> T39 + R399 -> T1 + R400 -> T14)
        + (R401 -> T10 + R402 -> T10 + R403 -> T7 + R404 -> T8 + R405 -> T2 + R406 -> T3 + R407 -> T3 + R408 -> T3)
        + (R409 -> T1 + R410 -> T1 + R411 -> T1 + R412 -> T4 + R413 -> T4 + R414 -> T4 + R415 -> T5 + R416 -> T5)
        + (R417 -> T5 + R418 -> T29 + R419 -> T1 + R420 -> T10 + R421 -> T2 + R422 -> T2 + R423 -> T3 + R424 -> T3)
        + (R425 -> T3 + R426 -> T3 + R427 -> T10 + R428 -> T10 + R429 -> T29 + R430 -> T29 + R431 -> T1 + R432 -> T1)
        + (R433 -> T19 + R434 -> T3 + R435 -> T3 + R436 -> T3 + R437 -> T7 + R438 -> T8 + R439 -> T19 + R440 -> T3)
        + (R441 -> T3 + R442 -> T3 + R443 -> T1 + R444 -> T4 + R445 -> T5 + R446 -> T1 + R447 -> T2 + R448 -> T3))
     + ((R449 -> T10 + R450 -> T2 + R451 -> T2 + R452 -> T19 + R453 -> T19 + R454 -> T19 + R455 -> T19 + R456 -> T3)
        + (R457 -> T3 + R458 -> T2 + R459 -> T3 + R460 -> T19 + R461 -> T1 + R462 -> T1 + R463 -> T10 + R464 -> T1)
        + (R465 -> T1 + R466 -> T14 + R467 -> T14 + R468 -> T2 + R469 -> T2 + R470 -> T3 + R471 -> T3 + R472 -> T3)
        + (R473 -> T3 + R474 -> T1 + R475 -> T4 + R476 -> T5 + R477 -> T1 + R478 -> T4 + R479 -> T5 + R480 -> T29)
        + (R481 -> T29 + R482 -> T10 + R483 -> T10 + R484 -> T14 + R485 -> T2 + R486 -> T3 + R487 -> T3 + R488 -> T10)
        + (R489 -> T1 + R490 -> T1 + R491 -> T4 + R492 -> T5 + R493 -> T29 + R494 -> T2 + R495 -> T3 + R496 -> T2)
        + (R497 -> T19 + R498 -> T19 + R499 -> T3 + R500 -> T3 + R501 -> T2 + R502 -> T3 + R503 -> T3 + R504 -> T10)
        + (R505 -> T10 + R506 -> T16 + R507 -> T10 + R508 -> T10 + R509 -> T2 + R510 -> T2 + R511 -> T2 + R512 -> T2)))
    + (((R513 -> T2 + R514 -> T2 + R515 -> T3 + R516 -> T3 + R517 -> T10 + R518 -> T1 + R519 -> T4 + R520 -> T5)
        + (R521 -> T14 + R522 -> T2 + R523 -> T19 + R524 -> T3 + R525 -> T3 + R526 -> T3 + R527 -> T10 + R528 -> T1)
        + (R529 -> T4 + R530 -> T5 + R531 -> T10 + R532 -> T2 + R533 -> T3 + R534 -> T44 + R535 -> T2 + R536 -> T3)
        + (R537 -> T3 + R538 -> T10 + R539 -> T14 + R540 -> T14 + R541 -> T2 + R542 -> T7 + R543 -> T8 + R544 -> T3)
        + (R545 -> T3 + R546 -> T3 + R547 -> T1 + R548 -> T4 + R549 -> T5 + R550 -> T45 + R551 -> T10 + R552 -> T10)
        + (R553 -> T2 + R554 -> T3 + R555 -> T10 + R556 -> T46 + R557 -> T2 + R558 -> T2 + R559 -> T2 + R560 -> T2)
        + (R561 -> T14 + R562 -> T14 + R563 -> T2 + R564 -> T2 + R565 -> T3 + R566 -> T3 + R567 -> T3 + R568 -> T3)
        + (R569 -> T7 + R570 -> T8 + R571 -> T14 + R572 -> T14 + R573 -> T14 + R574 -> T14 + R575 -> T19 + R576 -> T19))
       + ((R577 -> T19 + R578 -> T19 + R579 -> T3 + R580 -> T3 + R581 -> T3 + R582 -> T3 + R583 -> T3 + R584 -> T1)
          + (R585 -> T1 + R586 -> T1 + R587 -> T4 + R588 -> T4 + R589 -> T4 + R590 -> T5 + R591 -> T5 + R592 -> T5)
          + (R593 -> T26 + R594 -> T27 + R595 -> T27 + R596 -> T28 + R597 -> T1 + R598 -> T1 + R599 -> T14 + R600 -> T14)
          + (R601 -> T29 + R602 -> T1 + R603 -> T1 + R604 -> T10 + R605 -> T10 + R606 -> T10 + R607 -> T10 + R608 -> T10)
          + (R609 -> T10 + R610 -> T10 + R611 -> T3 + R612 -> T3 + R613 -> T3 + R614 -> T10 + R615 -> T10 + R616 -> T10)
          + (R617 -> T2 + R618 -> T3 + R619 -> T3 + R620 -> T10 + R621 -> T2 + R622 -> T2 + R623 -> T3 + R624 -> T3)
          + (R625 -> T3 + R626 -> T3 + R627 -> T1 + R628 -> T4 + R629 -> T5 + R630 -> T1 + R631 -> T4 + R632 -> T5)
          + (R633 -> T10 + R634 -> T10 + R635 -> T7 + R636 -> T8 + R637 -> T51 + R638 -> T19 + R639 -> T19 + R640 -> T3))
       + ((R641 -> T3 + R642 -> T3 + R643 -> T1 + R644 -> T4 + R645 -> T5 + R646 -> T10 + R647 -> T2 + R648 -> T2)
          + (R649 -> T2 + R650 -> T3 + R651 -> T10 + R652 -> T2 + R653 -> T2 + R654 -> T2 + R655 -> T3 + R656 -> T3)
          + (R657 -> T3 + R658 -> T3 + R659 -> T3 + R660 -> T3 + R661 -> T54 + R662 -> T54 + R663 -> T54 + R664 -> T10)
          + (R665 -> T10 + R666 -> T10 + R667 -> T2 + R668 -> T3 + R669 -> T3 + R670 -> T10 + R671 -> T3 + R672 -> T2)
          + (R673 -> T3 + R674 -> T1 + R675 -> T1 + R676 -> T4 + R677 -> T4 + R678 -> T5 + R679 -> T5 + R680 -> T56)
          + (R681 -> T56 + R682 -> T10 + R683 -> T23 + R684 -> T14 + R685 -> T14 + R686 -> T2 + R687 -> T19 + R688 -> T19)
          + (R689 -> T3 + R690 -> T3 + R691 -> T3 + R692 -> T16 + R693 -> T1 + R694 -> T14 + R695 -> T1 + R696 -> T1)
          + (R697 -> T4 + R698 -> T10 + R699 -> T1 + R700 -> T2 + R701 -> T3 + R702 -> T3 + R703 -> T29 + R704 -> T10))
       + ((R705 -> T2 + R706 -> T14 + R707 -> T14 + R708 -> T14 + R709 -> T14 + R710 -> T14 + R711 -> T14 + R712 -> T14)
          + (R713 -> T14 + R714 -> T3 + R715 -> T3 + R716 -> T3 + R717 -> T3 + R718 -> T3 + R719 -> T3 + R720 -> T3)
          + (R721 -> T3 + R722 -> T3 + R723 -> T3 + R724 -> T19 + R725 -> T19 + R726 -> T19 + R727 -> T19 + R728 -> T1)
          + (R729 -> T4 + R730 -> T1 + R731 -> T4 + R732 -> T10 + R733 -> T10 + R734 -> T58 + R735 -> T58 + R736 -> T59)
          + (R737 -> T59 + R738 -> T2 + R739 -> T3 + R740 -> T1 + R741 -> T4 + R742 -> T5 + R743 -> T10 + R744 -> T10)
          + (R745 -> T2 + R746 -> T3 + R747 -> T10 + R748 -> T2 + R749 -> T3 + R750 -> T10 + R751 -> T19 + R752 -> T19)
          + (R753 -> T19 + R754 -> T3 + R755 -> T3 + R756 -> T3 + R757 -> T3 + R758 -> T3 + R759 -> T3 + R760 -> T26)
          + (R761 -> T14 + R762 -> T27 + R763 -> T26 + R764 -> T14 + R765 -> T27 + R766 -> T26 + R767 -> T14 + R768 -> T27))
       + ((R769 -> T3 + R770 -> T3 + R771 -> T16 + R772 -> T1 + R773 -> T1 + R774 -> T4 + R775 -> T4 + R776 -> T10)
          + (R777 -> T14 + R778 -> T3 + R779 -> T14 + R780 -> T3 + R781 -> T1 + R782 -> T14 + R783 -> T3 + R784 -> T1)
          + (R785 -> T14 + R786 -> T3 + R787 -> T14 + R788 -> T3 + R789 -> T14 + R790 -> T14 + R791 -> T3 + R792 -> T3)
          + (R793 -> T3 + R794 -> T3 + R795 -> T2 + R796 -> T19 + R797 -> T19 + R798 -> T19 + R799 -> T1 + R800 -> T4)
          + (R801 -> T1 + R802 -> T14 + R803 -> T10 + R804 -> T2 + R805 -> T3 + R806 -> T3 + R807 -> T10 + R808 -> T2)
          + (R809 -> T2 + R810 -> T7 + R811 -> T8 + R812 -> T19 + R813 -> T19 + R814 -> T3 + R815 -> T3 + R816 -> T59)
          + (R817 -> T60 + R818 -> T2 + R819 -> T2 + R820 -> T3 + R821 -> T3 + R822 -> T10 + R823 -> T7 + R824 -> T8)
          + (R825 -> T14 + R826 -> T14 + R827 -> T14 + R828 -> T14 + R829 -> T19 + R830 -> T19 + R831 -> T19 + R832 -> T19))
       + ((R833 -> T3 + R834 -> T3 + R835 -> T3 + R836 -> T3 + R837 -> T3 + R838 -> T1 + R839 -> T1 + R840 -> T1)
          + (R841 -> T4 + R842 -> T4 + R843 -> T4 + R844 -> T5 + R845 -> T5 + R846 -> T5 + R847 -> T26 + R848 -> T27)
          + (R849 -> T27 + R850 -> T28 + R851 -> T1 + R852 -> T1 + R853 -> T14 + R854 -> T14 + R855 -> T29 + R856 -> T1)
          + (R857 -> T1 + R858 -> T10 + R859 -> T10 + R860 -> T14 + R861 -> T14 + R862 -> T2 + R863 -> T2 + R864 -> T3)
          + (R865 -> T3 + R866 -> T3 + R867 -> T3 + R868 -> T7 + R869 -> T8 + R870 -> T3 + R871 -> T3 + R872 -> T10)
          + (R873 -> T7 + R874 -> T8 + R875 -> T3 + R876 -> T3 + R877 -> T10 + R878 -> T7 + R879 -> T8 + R880 -> T3)
          + (R881 -> T3 + R882 -> T10 + R883 -> T19 + R884 -> T3 + R885 -> T19 + R886 -> T19 + R887 -> T3 + R888 -> T3)
          + (R889 -> T19 + R890 -> T19 + R891 -> T3 + R892 -> T3 + R893 -> T19 + R894 -> T19 + R895 -> T3 + R896 -> T3))
       + ((R897 -> T19 + R898 -> T3 + R899 -> T19 + R900 -> T19 + R901 -> T3 + R902 -> T3 + R903 -> T7 + R904 -> T8)
          + (R905 -> T3)))
}
fun ruleCategory: Rule -> Category {
    (((R1 -> C1 + R2 -> C2 + R3 -> C3 + R4 -> C4 + R5 -> C4 + R6 -> C4 + R7 -> C5 + R8 -> C6)
      + (R9 -> C6 + R10 -> C7 + R11 -> C1 + R12 -> C2 + R13 -> C3 + R14 -> C8 + R15 -> C4 + R16 -> C9)
      + (R17 -> C10 + R18 -> C4 + R19 -> C9 + R20 -> C10 + R21 -> C4 + R22 -> C9 + R23 -> C10 + R24 -> C5)
      + (R25 -> C11 + R26 -> C6 + R27 -> C6 + R28 -> C12 + R29 -> C1 + R30 -> C2 + R31 -> C3 + R32 -> C8)
      + (R33 -> C4 + R34 -> C9 + R35 -> C10 + R36 -> C4 + R37 -> C9 + R38 -> C10 + R39 -> C4 + R40 -> C9)
      + (R41 -> C10 + R42 -> C5 + R43 -> C11 + R44 -> C1 + R45 -> C1 + R46 -> C2 + R47 -> C2 + R48 -> C4)
      + (R49 -> C4 + R50 -> C4 + R51 -> C4 + R52 -> C4 + R53 -> C4 + R54 -> C11 + R55 -> C11 + R56 -> C1)
      + (R57 -> C2 + R58 -> C3 + R59 -> C4 + R60 -> C4 + R61 -> C4 + R62 -> C5 + R63 -> C6 + R64 -> C6))
     + ((R65 -> C13 + R66 -> C5 + R67 -> C9 + R68 -> C10 + R69 -> C9 + R70 -> C10 + R71 -> C1 + R72 -> C2)
        + (R73 -> C3 + R74 -> C8 + R75 -> C4 + R76 -> C4 + R77 -> C4 + R78 -> C11 + R79 -> C14 + R80 -> C11)
        + (R81 -> C11 + R82 -> C1 + R83 -> C15 + R84 -> C16 + R85 -> C2 + R86 -> C3 + R87 -> C8 + R88 -> C17)
        + (R89 -> C1 + R90 -> C6 + R91 -> C6 + R92 -> C18 + R93 -> C19 + R94 -> C20 + R95 -> C2 + R96 -> C3)
        + (R97 -> C21 + R98 -> C22 + R99 -> C19 + R100 -> C20 + R101 -> C16 + R102 -> C2 + R103 -> C3 + R104 -> C8)
        + (R105 -> C17 + R106 -> C11 + R107 -> C23 + R108 -> C21 + R109 -> C24 + R110 -> C25 + R111 -> C19 + R112 -> C20)
        + (R113 -> C11 + R114 -> C26 + R115 -> C21 + R116 -> C27 + R117 -> C27 + R118 -> C16 + R119 -> C2 + R120 -> C3)
        + (R121 -> C17 + R122 -> C16 + R123 -> C2 + R124 -> C3 + R125 -> C17 + R126 -> C28 + R127 -> C19 + R128 -> C24))
     + ((R129 -> C20 + R130 -> C28 + R131 -> C19 + R132 -> C24 + R133 -> C20 + R134 -> C29 + R135 -> C29 + R136 -> C29)
        + (R137 -> C29 + R138 -> C30 + R139 -> C30 + R140 -> C30 + R141 -> C30 + R142 -> C1 + R143 -> C1 + R144 -> C1)
        + (R145 -> C1 + R146 -> C31 + R147 -> C31 + R148 -> C32 + R149 -> C33 + R150 -> C33 + R151 -> C33 + R152 -> C31)
        + (R153 -> C31 + R154 -> C33 + R155 -> C33 + R156 -> C33 + R157 -> C34 + R158 -> C11 + R159 -> C19 + R160 -> C20)
        + (R161 -> C2 + R162 -> C3 + R163 -> C11 + R164 -> C35 + R165 -> C11 + R166 -> C1 + R167 -> C1 + R168 -> C1)
        + (R169 -> C1 + R170 -> C1 + R171 -> C1 + R172 -> C1 + R173 -> C1 + R174 -> C36 + R175 -> C19 + R176 -> C20)
        + (R177 -> C2 + R178 -> C3 + R179 -> C17 + R180 -> C37 + R181 -> C1 + R182 -> C2 + R183 -> C3 + R184 -> C19)
        + (R185 -> C20 + R186 -> C4 + R187 -> C9 + R188 -> C4 + R189 -> C9 + R190 -> C4 + R191 -> C9 + R192 -> C6))
     + ((R193 -> C6 + R194 -> C38 + R195 -> C17 + R196 -> C39 + R197 -> C19 + R198 -> C24 + R199 -> C40 + R200 -> C20)
        + (R201 -> C2 + R202 -> C41 + R203 -> C42 + R204 -> C8 + R205 -> C17 + R206 -> C4 + R207 -> C9 + R208 -> C10)
        + (R209 -> C4 + R210 -> C9 + R211 -> C10 + R212 -> C4 + R213 -> C9 + R214 -> C10 + R215 -> C43 + R216 -> C43)
        + (R217 -> C44 + R218 -> C44 + R219 -> C30 + R220 -> C45 + R221 -> C30 + R222 -> C45 + R223 -> C46 + R224 -> C5)
        + (R225 -> C47 + R226 -> C11 + R227 -> C11 + R228 -> C1 + R229 -> C1 + R230 -> C1 + R231 -> C1 + R232 -> C6)
        + (R233 -> C6 + R234 -> C48 + R235 -> C1 + R236 -> C19 + R237 -> C2 + R238 -> C49 + R239 -> C3 + R240 -> C5)
        + (R241 -> C11 + R242 -> C48 + R243 -> C19 + R244 -> C2 + R245 -> C11 + R246 -> C11 + R247 -> C1 + R248 -> C1)
        + (R249 -> C48 + R250 -> C48 + R251 -> C1 + R252 -> C1 + R253 -> C19 + R254 -> C19 + R255 -> C2 + R256 -> C3))
     + ((R257 -> C2 + R258 -> C3 + R259 -> C1 + R260 -> C1 + R261 -> C6 + R262 -> C6 + R263 -> C8 + R264 -> C9)
        + (R265 -> C10 + R266 -> C9 + R267 -> C10 + R268 -> C1 + R269 -> C2 + R270 -> C3 + R271 -> C4 + R272 -> C4)
        + (R273 -> C4 + R274 -> C5 + R275 -> C11 + R276 -> C50 + R277 -> C51 + R278 -> C50 + R279 -> C51 + R280 -> C1)
        + (R281 -> C1 + R282 -> C2 + R283 -> C3 + R284 -> C2 + R285 -> C3 + R286 -> C46 + R287 -> C46 + R288 -> C11)
        + (R289 -> C11 + R290 -> C19 + R291 -> C19 + R292 -> C2 + R293 -> C3 + R294 -> C2 + R295 -> C3 + R296 -> C11)
        + (R297 -> C11 + R298 -> C1 + R299 -> C1 + R300 -> C1 + R301 -> C1 + R302 -> C19 + R303 -> C19 + R304 -> C2)
        + (R305 -> C3 + R306 -> C2 + R307 -> C3 + R308 -> C1 + R309 -> C6 + R310 -> C6 + R311 -> C1 + R312 -> C2)
        + (R313 -> C3 + R314 -> C8 + R315 -> C4 + R316 -> C9 + R317 -> C10 + R318 -> C4 + R319 -> C9 + R320 -> C10))
     + ((R321 -> C4 + R322 -> C9 + R323 -> C10 + R324 -> C5 + R325 -> C11 + R326 -> C1 + R327 -> C2 + R328 -> C3)
        + (R329 -> C11 + R330 -> C5 + R331 -> C1 + R332 -> C6 + R333 -> C6 + R334 -> C6 + R335 -> C6 + R336 -> C1)
        + (R337 -> C1 + R338 -> C19 + R339 -> C20 + R340 -> C19 + R341 -> C20 + R342 -> C2 + R343 -> C3 + R344 -> C8)
        + (R345 -> C2 + R346 -> C3 + R347 -> C8 + R348 -> C11 + R349 -> C11 + R350 -> C52 + R351 -> C52 + R352 -> C1)
        + (R353 -> C49 + R354 -> C5 + R355 -> C50 + R356 -> C46 + R357 -> C1 + R358 -> C2 + R359 -> C3 + R360 -> C11)
        + (R361 -> C19 + R362 -> C5 + R363 -> C48 + R364 -> C19 + R365 -> C20 + R366 -> C2 + R367 -> C3 + R368 -> C17)
        + (R369 -> C48 + R370 -> C48 + R371 -> C1 + R372 -> C1 + R373 -> C19 + R374 -> C19 + R375 -> C2 + R376 -> C3)
        + (R377 -> C2 + R378 -> C3 + R379 -> C48 + R380 -> C53 + R381 -> C1 + R382 -> C1 + R383 -> C48 + R384 -> C54))
     + ((R385 -> C55 + R386 -> C8 + R387 -> C30 + R388 -> C30 + R389 -> C56 + R390 -> C17 + R391 -> C17 + R392 -> C48)
        + (R393 -> C57 + R394 -> C1 + R395 -> C2 + R396 -> C3 + R397 -> C58 + R398 -> C59 + R399 -> C30 + R400 -> C30)
        + (R401 -> C11 + R402 -> C11 + R403 -> C6 + R404 -> C6 + R405 -> C1 + R406 -> C2 + R407 -> C3 + R408 -> C8)
        + (R409 -> C4 + R410 -> C9 + R411 -> C10 + R412 -> C4 + R413 -> C9 + R414 -> C10 + R415 -> C4 + R416 -> C9)
        + (R417 -> C10 + R418 -> C46 + R419 -> C5 + R420 -> C11 + R421 -> C1 + R422 -> C1 + R423 -> C2 + R424 -> C3)
        + (R425 -> C2 + R426 -> C3 + R427 -> C11 + R428 -> C11 + R429 -> C46 + R430 -> C46 + R431 -> C5 + R432 -> C5)
        + (R433 -> C19 + R434 -> C2 + R435 -> C3 + R436 -> C8 + R437 -> C6 + R438 -> C6 + R439 -> C19 + R440 -> C2)
        + (R441 -> C3 + R442 -> C8 + R443 -> C4 + R444 -> C4 + R445 -> C4 + R446 -> C5 + R447 -> C1 + R448 -> C2))
     + ((R449 -> C11 + R450 -> C1 + R451 -> C1 + R452 -> C19 + R453 -> C24 + R454 -> C19 + R455 -> C24 + R456 -> C2)
        + (R457 -> C2 + R458 -> C1 + R459 -> C2 + R460 -> C24 + R461 -> C5 + R462 -> C47 + R463 -> C11 + R464 -> C50)
        + (R465 -> C50 + R466 -> C48 + R467 -> C48 + R468 -> C1 + R469 -> C1 + R470 -> C2 + R471 -> C3 + R472 -> C2)
        + (R473 -> C3 + R474 -> C4 + R475 -> C4 + R476 -> C4 + R477 -> C4 + R478 -> C4 + R479 -> C4 + R480 -> C46)
        + (R481 -> C46 + R482 -> C11 + R483 -> C11 + R484 -> C48 + R485 -> C1 + R486 -> C2 + R487 -> C3 + R488 -> C11)
        + (R489 -> C50 + R490 -> C4 + R491 -> C4 + R492 -> C4 + R493 -> C46 + R494 -> C1 + R495 -> C60 + R496 -> C1)
        + (R497 -> C19 + R498 -> C20 + R499 -> C2 + R500 -> C3 + R501 -> C1 + R502 -> C2 + R503 -> C2 + R504 -> C11)
        + (R505 -> C11 + R506 -> C14 + R507 -> C11 + R508 -> C11 + R509 -> C1 + R510 -> C1 + R511 -> C1 + R512 -> C1)))
    + (((R513 -> C1 + R514 -> C1 + R515 -> C2 + R516 -> C3 + R517 -> C11 + R518 -> C4 + R519 -> C4 + R520 -> C4)
        + (R521 -> C48 + R522 -> C1 + R523 -> C19 + R524 -> C2 + R525 -> C3 + R526 -> C8 + R527 -> C11 + R528 -> C4)
        + (R529 -> C4 + R530 -> C4 + R531 -> C11 + R532 -> C1 + R533 -> C3 + R534 -> C61 + R535 -> C1 + R536 -> C49)
        + (R537 -> C3 + R538 -> C11 + R539 -> C48 + R540 -> C53 + R541 -> C1 + R542 -> C6 + R543 -> C6 + R544 -> C2)
        + (R545 -> C3 + R546 -> C8 + R547 -> C4 + R548 -> C4 + R549 -> C4 + R550 -> C62 + R551 -> C11 + R552 -> C11)
        + (R553 -> C1 + R554 -> C3 + R555 -> C11 + R556 -> C63 + R557 -> C1 + R558 -> C1 + R559 -> C1 + R560 -> C1)
        + (R561 -> C48 + R562 -> C48 + R563 -> C1 + R564 -> C1 + R565 -> C2 + R566 -> C3 + R567 -> C2 + R568 -> C3)
        + (R569 -> C6 + R570 -> C6 + R571 -> C48 + R572 -> C64 + R573 -> C17 + R574 -> C39 + R575 -> C19 + R576 -> C24))
       + ((R577 -> C40 + R578 -> C20 + R579 -> C2 + R580 -> C41 + R581 -> C42 + R582 -> C8 + R583 -> C17 + R584 -> C4)
          + (R585 -> C9 + R586 -> C10 + R587 -> C4 + R588 -> C9 + R589 -> C10 + R590 -> C4 + R591 -> C9 + R592 -> C10)
          + (R593 -> C43 + R594 -> C43 + R595 -> C44 + R596 -> C44 + R597 -> C30 + R598 -> C45 + R599 -> C30 + R600 -> C45)
          + (R601 -> C46 + R602 -> C5 + R603 -> C47 + R604 -> C11 + R605 -> C11 + R606 -> C11 + R607 -> C11 + R608 -> C11)
          + (R609 -> C11 + R610 -> C11 + R611 -> C8 + R612 -> C8 + R613 -> C8 + R614 -> C11 + R615 -> C11 + R616 -> C11)
          + (R617 -> C1 + R618 -> C2 + R619 -> C3 + R620 -> C11 + R621 -> C1 + R622 -> C1 + R623 -> C2 + R624 -> C3)
          + (R625 -> C2 + R626 -> C3 + R627 -> C4 + R628 -> C4 + R629 -> C4 + R630 -> C4 + R631 -> C4 + R632 -> C4)
          + (R633 -> C11 + R634 -> C11 + R635 -> C6 + R636 -> C6 + R637 -> C65 + R638 -> C19 + R639 -> C20 + R640 -> C2))
       + ((R641 -> C3 + R642 -> C8 + R643 -> C4 + R644 -> C4 + R645 -> C4 + R646 -> C11 + R647 -> C1 + R648 -> C1)
          + (R649 -> C1 + R650 -> C3 + R651 -> C11 + R652 -> C1 + R653 -> C1 + R654 -> C1 + R655 -> C2 + R656 -> C3)
          + (R657 -> C2 + R658 -> C3 + R659 -> C2 + R660 -> C3 + R661 -> C66 + R662 -> C66 + R663 -> C66 + R664 -> C11)
          + (R665 -> C11 + R666 -> C11 + R667 -> C1 + R668 -> C2 + R669 -> C3 + R670 -> C11 + R671 -> C67 + R672 -> C1)
          + (R673 -> C2 + R674 -> C4 + R675 -> C68 + R676 -> C4 + R677 -> C68 + R678 -> C4 + R679 -> C68 + R680 -> C4)
          + (R681 -> C68 + R682 -> C11 + R683 -> C34 + R684 -> C48 + R685 -> C69 + R686 -> C1 + R687 -> C19 + R688 -> C24)
          + (R689 -> C2 + R690 -> C3 + R691 -> C42 + R692 -> C14 + R693 -> C30 + R694 -> C30 + R695 -> C5 + R696 -> C10)
          + (R697 -> C10 + R698 -> C11 + R699 -> C50 + R700 -> C1 + R701 -> C2 + R702 -> C3 + R703 -> C46 + R704 -> C11))
       + ((R705 -> C1 + R706 -> C48 + R707 -> C70 + R708 -> C17 + R709 -> C53 + R710 -> C48 + R711 -> C70 + R712 -> C17)
          + (R713 -> C53 + R714 -> C16 + R715 -> C2 + R716 -> C3 + R717 -> C8 + R718 -> C17 + R719 -> C16 + R720 -> C2)
          + (R721 -> C3 + R722 -> C8 + R723 -> C17 + R724 -> C19 + R725 -> C20 + R726 -> C19 + R727 -> C20 + R728 -> C29)
          + (R729 -> C29 + R730 -> C29 + R731 -> C29 + R732 -> C11 + R733 -> C11 + R734 -> C71 + R735 -> C71 + R736 -> C72)
          + (R737 -> C72 + R738 -> C1 + R739 -> C2 + R740 -> C4 + R741 -> C4 + R742 -> C4 + R743 -> C11 + R744 -> C11)
          + (R745 -> C1 + R746 -> C3 + R747 -> C11 + R748 -> C1 + R749 -> C3 + R750 -> C11 + R751 -> C19 + R752 -> C19)
          + (R753 -> C19 + R754 -> C2 + R755 -> C3 + R756 -> C2 + R757 -> C3 + R758 -> C2 + R759 -> C3 + R760 -> C73)
          + (R761 -> C73 + R762 -> C73 + R763 -> C73 + R764 -> C73 + R765 -> C73 + R766 -> C73 + R767 -> C73 + R768 -> C73))
       + ((R769 -> C2 + R770 -> C3 + R771 -> C14 + R772 -> C9 + R773 -> C10 + R774 -> C9 + R775 -> C10 + R776 -> C11)
          + (R777 -> C31 + R778 -> C31 + R779 -> C31 + R780 -> C31 + R781 -> C33 + R782 -> C33 + R783 -> C33 + R784 -> C33)
          + (R785 -> C33 + R786 -> C33 + R787 -> C74 + R788 -> C74 + R789 -> C48 + R790 -> C75 + R791 -> C16 + R792 -> C2)
          + (R793 -> C3 + R794 -> C17 + R795 -> C1 + R796 -> C19 + R797 -> C24 + R798 -> C20 + R799 -> C29 + R800 -> C29)
          + (R801 -> C30 + R802 -> C30 + R803 -> C11 + R804 -> C1 + R805 -> C2 + R806 -> C3 + R807 -> C11 + R808 -> C1)
          + (R809 -> C1 + R810 -> C6 + R811 -> C6 + R812 -> C19 + R813 -> C20 + R814 -> C2 + R815 -> C3 + R816 -> C72)
          + (R817 -> C76 + R818 -> C1 + R819 -> C1 + R820 -> C2 + R821 -> C3 + R822 -> C11 + R823 -> C6 + R824 -> C6)
          + (R825 -> C48 + R826 -> C64 + R827 -> C17 + R828 -> C39 + R829 -> C19 + R830 -> C24 + R831 -> C40 + R832 -> C20))
       + ((R833 -> C2 + R834 -> C41 + R835 -> C42 + R836 -> C8 + R837 -> C17 + R838 -> C4 + R839 -> C9 + R840 -> C10)
          + (R841 -> C4 + R842 -> C9 + R843 -> C10 + R844 -> C4 + R845 -> C9 + R846 -> C10 + R847 -> C43 + R848 -> C43)
          + (R849 -> C44 + R850 -> C44 + R851 -> C30 + R852 -> C45 + R853 -> C30 + R854 -> C45 + R855 -> C46 + R856 -> C5)
          + (R857 -> C47 + R858 -> C11 + R859 -> C11 + R860 -> C48 + R861 -> C48 + R862 -> C1 + R863 -> C1 + R864 -> C2)
          + (R865 -> C3 + R866 -> C2 + R867 -> C3 + R868 -> C77 + R869 -> C77 + R870 -> C2 + R871 -> C3 + R872 -> C11)
          + (R873 -> C77 + R874 -> C77 + R875 -> C2 + R876 -> C3 + R877 -> C11 + R878 -> C77 + R879 -> C77 + R880 -> C2)
          + (R881 -> C3 + R882 -> C11 + R883 -> C19 + R884 -> C2 + R885 -> C19 + R886 -> C19 + R887 -> C2 + R888 -> C2)
          + (R889 -> C19 + R890 -> C19 + R891 -> C2 + R892 -> C2 + R893 -> C19 + R894 -> C19 + R895 -> C2 + R896 -> C2))
       + ((R897 -> C19 + R898 -> C2 + R899 -> C19 + R900 -> C19 + R901 -> C2 + R902 -> C2 + R903 -> C6 + R904 -> C6)
          + (R905 -> C2)))
}

-- Classes of institution: each class and the types that belong to it (conditionally or not)
fun tableClasses: set InstitutionType {
    T3 + T5 + T7 + T19 + T23 + T61
}
fun classMember: InstitutionType -> InstitutionType {
    (T3 -> T52 + T3 -> T53 + T3 -> T62 + T5 -> T41 + T5 -> T36 + T5 -> T40 + T5 -> T33 + T7 -> T11)
    + (T7 -> T6 + T7 -> T63 + T7 -> T37 + T7 -> T3 + T7 -> T33 + T19 -> T52 + T19 -> T53 + T19 -> T14)
    + (T19 -> T62 + T23 -> T7 + T61 -> T64 + T61 -> T65 + T61 -> T66 + T61 -> T67)
}

-- The basic facts each category's name names (NET-6)
fun categoryNames: Category -> (Name + Address + DateOfBirth + Sex) {
    none -> none
}

-- The registry: each institution's types (classes included) and whose assessment is published
fun institutionTypes: Institution -> InstitutionType {
    (mhlw -> T1 + mhlw -> T67 + mhlw -> T16 + mhlw -> T59 + mhlw -> T61 + nenkin -> T4 + moj -> T2 + moj -> T67)
    + (moj -> T61 + cao -> T10 + cao -> T67 + cao -> T61 + kyokai -> T6 + kyokai -> T7 + kyokai -> T23 + kenpo_1 -> T11)
    + (kenpo_1 -> T7 + kenpo_1 -> T23 + tokyo_pref -> T14 + tokyo_pref -> T64 + tokyo_pref -> T19 + tokyo_pref -> T61 + chiyoda -> T53 + chiyoda -> T64)
    + (chiyoda -> T3 + chiyoda -> T7 + chiyoda -> T19 + chiyoda -> T23 + chiyoda -> T61 + yokohama -> T52 + yokohama -> T64 + yokohama -> T3)
    + (yokohama -> T7 + yokohama -> T19 + yokohama -> T23 + yokohama -> T61 + okutama -> T62 + okutama -> T64 + okutama -> T3 + okutama -> T7)
    + (okutama -> T23 + okutama -> T61 + ishi_kokuho -> T37 + ishi_kokuho -> T7 + ishi_kokuho -> T23 + tokyo_kyosai -> T40 + tokyo_kyosai -> T63 + tokyo_kyosai -> T16)
    + (tokyo_kyosai -> T5 + tokyo_kyosai -> T7 + tokyo_kyosai -> T23 + jasso -> T57 + jasso -> T66 + jasso -> T61)
}
fun publishedAssessment: set Institution {
    (mhlw + nenkin + moj + cao + kyokai + kenpo_1 + tokyo_pref + chiyoda)
    + (yokohama + okutama + ishi_kokuho + jasso)
}
