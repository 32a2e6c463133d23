module annex2

/*
 * bango: Annex Table 2 (番号利用法 別表第二; since 2024 the table of 令和六年デジタル庁・総務省令第九号
 * art. 2) and the core system's decision on a query (NET-2), checked on the real table.
 *
 * WHAT IS MODELED
 *   - The table's structure: items (項); institution types as columns 1 and 3 name them, and the
 *     classes the table defines (医療保険者, 共済組合等, 市町村長, ...) with their members;
 *     categories of column 4 (利用特定個人情報); and rules (item, inquirer type, provider type,
 *     category), one per resolved combination of a line's cells, as bango.annex.AnnexTable
 *     resolves them.
 *   - Institutions of a registry, each with its types (the classes it belongs to included) and a
 *     flag: its privacy impact assessment (特定個人情報保護評価) is published (番号利用法 28条).
 *   - Queries: an inquirer asks a provider, under an item, for a category, about a person.
 *   - The core system's decision (NET-2): a query is allowed iff some rule of its item matches the
 *     inquirer (by any of its types), the provider (by any of its types) and the category, and the
 *     provider's assessment is published (21条2項).
 *   - The four basic facts (基本4情報: 氏名, 住所, 生年月日, 性別; NET-6) as categories a query can
 *     name, so that asking for one can be modeled and refused.
 *
 * THE DATA
 *   The table and the registry are facts of the generated module annex2_table.als (never edited by
 *   hand; `./bango annex alloy` writes it from the bundled TSV and InstitutionRegistry.sample(),
 *   and a test fails while the committed file is stale). Every item, type, category, rule and
 *   institution is a one sig and every relation of the table a constant (a fun), so the solver
 *   chooses nothing about the table: 905 rules over 173 items stay exact, and each command solves
 *   in about a second. A rule is an atom with four binary columns rather than one 4-ary relation:
 *   with ~1,250 atoms a 4-ary relation exceeds Kodkod's index space (atoms^arity < 2^31).
 *
 * WHAT IS ABSTRACTED
 *   - Qualifiers of a cell (…に規定する事業主体である市町村長) are not checked: the decision knows
 *     types, not roles, as the implementation does. Articles 3 to 175 of the ordinance, which
 *     narrow each item, and the statutory exceptions other than the assessment are not modeled.
 *   - A category includes a basic fact when its name names one (the words 氏名, 住所, 生年月日 /
 *     出生の年月日, 性別 / 男女の別); the generator computes this relation (categoryNames).
 *   - Persons and the data exchanged are not modeled beyond the query's subject, which the decision
 *     must not depend on.
 *
 * HOW THE DESIGN AND ITS BROKEN VARIANTS ARE WRITTEN
 *   As in identifiers.als: the decision is the predicate DecideByTable, with the table's column 4
 *   and the set of published providers as parameters, and pred Design applies it to the real
 *   table. Each assertion reads "Design implies property" (or states the property of the table
 *   alone), with the property as a predicate of the same name in lower camel case. The checks named
 *   Broken* at the end replace one part (the table, the published flag, the item, the person) and
 *   must FIND a counterexample; model-checking/manifest.json lists them as failure witnesses.
 *
 * SCOPES: every command is "for 3 but 3 Query, 2 Person" (the table's sigs are exact; Query and
 *   Person are the only sigs the solver fills).
 *
 * REQUIREMENT IDS are those of the system brief (NET-2, NET-6).
 */

open annex2_table[Item, InstitutionType, Category, Rule, Institution, Name, Address, DateOfBirth, Sex] as Table

---------------------------------------------------------------------------------------------------
-- The table's structure (atoms in annex2_table.als)
---------------------------------------------------------------------------------------------------

/** An item (項) of the table. */
abstract sig Item {}

/** An institution type, or a class of them, as columns 1 and 3 name it. */
abstract sig InstitutionType {}

/** A category of column 4 (利用特定個人情報), or a basic fact. */
abstract sig Category {}

/** The four basic facts (基本4情報, NET-6): a query can name one; the table must never give one. */
abstract sig BasicFact extends Category {}
one sig Name, Address, DateOfBirth, Sex extends BasicFact {}

/** A rule: under item, an institution of type inquirer may obtain category from one of type provider. */
abstract sig Rule {}

/** An institution of the registry (情報照会者・情報提供者). */
abstract sig Institution {}

/** The rules' columns, the classes, the registry: the generated constants, named here. */
fun item: Rule -> Item { Table/ruleItem }
fun inquirer: Rule -> InstitutionType { Table/ruleInquirer }
fun provider: Rule -> InstitutionType { Table/ruleProvider }
fun category: Rule -> Category { Table/ruleCategory }
fun classes: set InstitutionType { Table/tableClasses }
/** class -> member type: every institution of the member type belongs to the class (or may, by a qualifier). */
fun member: InstitutionType -> InstitutionType { Table/classMember }
/** The basic facts a category includes, as its name says. */
fun includes: Category -> BasicFact { Table/categoryNames }
fun types: Institution -> InstitutionType { Table/institutionTypes }
fun Published: set Institution { Table/publishedAssessment }

---------------------------------------------------------------------------------------------------
-- Queries and the decision
---------------------------------------------------------------------------------------------------

/** A person a query is about. */
sig Person {}

/** An inquirer asks a provider, under an item, for a category of information about a person (NET-1). */
sig Query {
  asker: one Institution,
  underItem: one Item,
  asked: one Institution,
  wants: one Category,
  subject: one Person
}

one sig Core {
  /** The queries the core system allows (and notifies the provider of). */
  allows: set Query,
  /** Used only by the broken variant BrokenDecisionByPerson. */
  blocked: set Person
}

/** The rules that match q when column 4 of the table is cat. */
fun matching[q: Query, cat: Rule -> Category]: set Rule {
  item.(q.underItem) & inquirer.(q.asker.types) & provider.(q.asked.types) & cat.(q.wants)
}

/** q is lawful under the real table: a rule matches and the provider's assessment is published. */
pred lawful[q: Query] {
  some matching[q, category]
  q.asked in Published
}

/**
 * NET-2: the core allows exactly the queries that a rule of the table (with column 4 cat) matches
 * and whose provider is in published.
 */
pred DecideByTable[cat: Rule -> Category, published: set Institution] {
  all q: Query | q in Core.allows iff (some matching[q, cat] and q.asked in published)
}

pred Design {
  DecideByTable[category, Published]
}

---------------------------------------------------------------------------------------------------
-- Properties
---------------------------------------------------------------------------------------------------

-- NET-2: every query the core allows matches a rule of the table (inquirer, item, provider and
-- category) and its provider's assessment is published.
pred onlyTableAllows {
  all q: Core.allows | lawful[q]
}
assert OnlyTableAllows { Design implies onlyTableAllows }

-- NET-2: the decision is a function of the query's four inputs (inquirer, item, provider,
-- category): two queries that agree on them get the same answer, whoever they are about.
pred decisionIsAFunction {
  all q1, q2: Query |
    (q1.asker = q2.asker and q1.underItem = q2.underItem and q1.asked = q2.asked and q1.wants = q2.wants)
      implies (q1 in Core.allows iff q2 in Core.allows)
}
assert DecisionIsAFunction { Design implies decisionIsAFunction }

-- NET-6: no rule of the table names one of the four basic facts, nor a category that includes one.
pred tableGivesNoBasicFact[cat: Rule -> Category] {
  no Rule.cat & BasicFact
  no Rule.cat.includes
}
assert TableGivesNoBasicFact { tableGivesNoBasicFact[category] }

-- NET-6: so no query the core allows obtains a basic fact: what is exchanged is a category of
-- column 4 that is not, and does not include, one of the four.
pred noBasicFactObtained {
  all q: Core.allows | q.wants in Rule.category and q.wants not in BasicFact and no q.wants.includes
}
assert NoBasicFactObtained { Design implies noBasicFactObtained }

-- NET-2: every category a rule names can be provided by someone: among the rules that name it,
-- one has a provider type that an institution can have (a type, or a class with a member that is
-- one, through classes of classes). A rule naming a class that no institution belongs to would be
-- dead letter.
fun instantiable[m: InstitutionType -> InstitutionType]: set InstitutionType {
  (InstitutionType - classes) + (^m).(InstitutionType - classes)
}
pred everyCategoryHasAProvider[m: InstitutionType -> InstitutionType] {
  all c: Rule.category | some (category.c).provider & instantiable[m]
}
assert EveryCategoryHasAProvider { everyCategoryHasAProvider[member] }

/** Who may obtain c: the inquirer types of the rules that name it (the report `bango annex who-may-obtain`). */
fun mayObtain[c: Category]: set InstitutionType { (category.c).inquirer }

/** The items under which institutions of type t may obtain c. */
fun itemsFor[c: Category, t: InstitutionType]: set Item { (category.c & inquirer.t).item }

---------------------------------------------------------------------------------------------------
-- Checks (expected: no counterexample)
---------------------------------------------------------------------------------------------------

check OnlyTableAllows for 3 but 3 Query, 2 Person
check DecisionIsAFunction for 3 but 3 Query, 2 Person
check TableGivesNoBasicFact for 3 but 3 Query, 2 Person
check NoBasicFactObtained for 3 but 3 Query, 2 Person
check EveryCategoryHasAProvider for 3 but 3 Query, 2 Person

---------------------------------------------------------------------------------------------------
-- Runs (expected: an instance; they show the checks above do not pass vacuously)
---------------------------------------------------------------------------------------------------

-- A query the table allows, and one it refuses, at once.
run AllowedAndDenied {
  Design
  some Core.allows
  some Query - Core.allows
} for 3 but 3 Query, 2 Person

-- A query a rule matches that is refused only because the provider's assessment is not published.
run DeniedForAssessmentOnly {
  Design
  some q: Query - Core.allows | some matching[q, category] and q.asked not in Published
} for 3 but 3 Query, 2 Person

-- Two queries about different persons with the same inputs, both allowed; and a query for a
-- basic fact, refused.
run BasicFactAskedAndRefused {
  Design
  some disj q1, q2: Core.allows | q1.subject != q2.subject and q1.asker = q2.asker and q1.underItem = q2.underItem
    and q1.asked = q2.asked and q1.wants = q2.wants
  some q: Query | q.wants in BasicFact
} for 3 but 3 Query, 2 Person

---------------------------------------------------------------------------------------------------
-- Broken variants (expected: a counterexample each; they show the checks above can fail)
---------------------------------------------------------------------------------------------------

-- The core ignores the published flag: it allows a query to a provider whose assessment is not
-- published (NET-2, 21条2項).
check BrokenDecisionIgnoresAssessment {
  DecideByTable[category, Institution] implies onlyTableAllows
} for 3 but 3 Query, 2 Person

-- The core matches a rule of any item: the inquirer may ask under an item that does not give it
-- what it asks for (NET-2).
pred DecideIgnoringItem {
  all q: Query | q in Core.allows iff
    (some inquirer.(q.asker.types) & provider.(q.asked.types) & category.(q.wants) and q.asked in Published)
}
check BrokenDecisionIgnoresItem {
  DecideIgnoringItem implies onlyTableAllows
} for 3 but 3 Query, 2 Person

-- The core also refuses queries about persons on a list of its own: the answer depends on who the
-- query is about, not only on the table (NET-2).
pred DecideByPerson {
  all q: Query | q in Core.allows iff (lawful[q] and q.subject not in Core.blocked)
}
check BrokenDecisionByPerson {
  DecideByPerson implies decisionIsAFunction
} for 3 but 3 Query, 2 Person

-- One line of the table gives 住所 (the address) instead of its category: the table names a
-- basic fact, and a query for it is allowed (NET-6).
check BrokenTableGivesAddress {
  all r: Rule | tableGivesNoBasicFact[category ++ r -> Address]
} for 3 but 3 Query, 2 Person
check BrokenAddressObtained {
  all r: Rule | DecideByTable[category ++ r -> Address, Published] implies noBasicFactObtained
} for 3 but 3 Query, 2 Person

-- Classes without their members (rules naming 医療保険者, 共済組合等, ... match no institution):
-- a category that only classes provide has no provider (NET-2).
check BrokenClassesWithoutMembers {
  everyCategoryHasAProvider[none -> none]
} for 3 but 3 Query, 2 Person
