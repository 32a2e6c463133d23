module identifiers

/*
 * bango: individual numbers and institution codes of the My Number system (static structure).
 *
 * WHAT IS MODELED
 *   - Residents, their resident codes (住民票コード) and municipalities.
 *   - J-LIS issuing individual numbers (個人番号): the number's body is a keyed permutation (FF1)
 *     of the resident code under the tweak (generation, attempt). If the candidate was ever issued
 *     before, J-LIS "cycle-walks": it applies the same permutation to the candidate, until a
 *     never-issued value comes out; if the walk comes back to the resident code (the cycle is all
 *     taken, and the resident code is never its own number), it starts again from the resident code
 *     under the next attempt. Reissuance bumps the resident's generation.
 *   - J-LIS's table (number, resident code) and conversion of a number to a resident code by lookup.
 *   - The core system (情報提供ネットワークシステム) mapping each resident code to an internal
 *     person id and computing institution i's code (機関別符号) as an injective keyed function of
 *     (i, person id).
 *   - Linkage between two institutions through the core, which translates one institution's code
 *     into the other's.
 *   - Every message of these exchanges (sender, receiver, kind, what it carries, whether its channel
 *     is encrypted) and, derived from the messages and the actors' own tables, what each actor
 *     (each municipality, each institution, the core, J-LIS, an outside observer) holds.
 *
 * WHAT IS ABSTRACTED
 *   - Time is a strict total order on exchanges (events); each exchange is atomic.
 *   - Values: the 11-digit domain on which FF1 permutes is the sig Value. A resident code is a
 *     Value; a Number has a body that is a Value (the check digit is a function of the body, so a
 *     number is identified by its body). The same digits may be one resident's code and another's
 *     number body; knowledge is typed (holding a Value is holding it as a resident code, holding a
 *     Number is holding it as a number), as in reality.
 *   - Cryptography: each keyed permutation is an arbitrary bijection on Value chosen by the solver,
 *     so every check holds for every key. Keys never travel; an actor can invert or recompute a
 *     permutation only if it keeps the key (Actor.keys). Non-reversibility (ID-5, CODE-3b) is
 *     therefore stated as knowledge: who holds which pair, or a key and one half of a pair.
 *   - The injective code function of the core is a partial injective relation chosen by the solver.
 *   - Attributes exchanged in a linkage (the personal data itself) are not modeled; the answer
 *     messages carry no identifier.
 *   - Residents do not move between municipalities; codes are requested with the resident's current
 *     number; a cycle walk that would need more steps or attempts than the scope has is not an
 *     instance (bounded model).
 *
 * SCOPES: every command is "for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality,
 *   3 Institution, N Event" (N = 5 for checks), i.e. up to 3 residents, exactly 3 generations and
 *   3 attempts (util/ordering makes them exact), and 5 exchanges. Each solves in seconds with SAT4J.
 *   - Linking is judged conservatively: an actor that holds two data is taken to be able to link
 *     them, whether or not it saw them together. Collusion between actors is not modeled.
 *   - A message is identified by its exchange and its kind (Event.route, Event.carries), not by
 *     a Message atom; this is equivalent and makes the SAT problems several times smaller.
 *   - An exchange whose step cannot be carried out (say, a conversion that finds nothing) is not
 *     an instance rather than an error. So that no check passes only because a path is impossible,
 *     the runs NonVacuous and WalkHappens show each path (reissuance, a walk, a code obtained with
 *     a reissued and with a walked number, linkage) is possible under the design.
 *   - The outside observer sees every message's sender and receiver but a payload only on a plain
 *     (unencrypted) channel. Traffic analysis is not modeled.
 *
 * HOW THE DESIGN AND ITS BROKEN VARIANTS ARE WRITTEN
 *   Structure and the parts of the design every variant shares are facts. The parts a broken
 *   variant replaces are predicates, combined in pred Design. Every assertion therefore reads
 *   "Design implies property", with the property as a predicate of the same name in lower camel
 *   case, so that the witnesses at the end of this file can check the same property under a broken
 *   design. Witnesses live in this file (not in a separate one) so that one run of the file (see
 *   bango.modelcheck.AlloyRunnerTest) shows both that the design passes and that each check can
 *   fail: every check named Broken* is expected to FIND a counterexample.
 *
 * REQUIREMENT IDS are those of the system brief (ID-1..ID-8, CODE-1..CODE-5).
 */

open util/ordering[Generation] as Gen
open util/ordering[Attempt] as Att
open util/ordering[Step] as St

---------------------------------------------------------------------------------------------------
-- Data
---------------------------------------------------------------------------------------------------

/** A value of the 11-digit domain that FF1 permutes; as a datum: a resident code. */
sig Value {}

/** An individual number. Its body is the FF1 output; the check digit is a function of the body. */
sig Number {
  body: one Value
}

/** The core system's internal id of a person. */
sig PersonId {}

/** An institution code (機関別符号). */
sig Code {}

/**
 * Anything an actor can hold or a message can carry. (A union rather than an abstract parent sig:
 * Alloy would otherwise give the four kinds one shared pool of atoms, and every relation over
 * values would range over all of them, which makes the SAT problem many times larger.)
 */
let Datum = (Value + Number + PersonId + Code)

/**
 * The generation of a resident's number: 0 at first issuance, +1 at each reissuance (ID-8).
 * ff1[a] is J-LIS's keyed permutation of Value under tweak (this generation, a). It is J-LIS's key
 * material; it is a field of Generation only to keep relations at arity 4 (Alloy's translation
 * limit); read it through perm[g, a].
 */
sig Generation {
  ff1: Attempt -> Value -> Value
}

/** The FF1 tweak is the pair (Generation, Attempt); the attempt changes when a walk's cycle closes. */
sig Attempt {}

/** The index of a cycle-walk step. */
sig Step {}

abstract sig Key {}
/** J-LIS's FF1 key. */
one sig NumberKey extends Key {}
/** The core system's key of its code function. */
one sig CodeKey extends Key {}

---------------------------------------------------------------------------------------------------
-- Actors
---------------------------------------------------------------------------------------------------

abstract sig Actor {
  keys: set Key
}

one sig Jlis extends Actor {}

one sig Core extends Actor {
  /** Internal person id of each resident code. */
  pid: Value -> lone PersonId,
  /** The keyed code function: institution i's code of person p is cf[i][p]. */
  cf: Institution -> PersonId -> lone Code,
  /** Used only by the broken variant BrokenCodeFromNumber: a code function of the number. */
  cfOfNumber: Institution -> Number -> lone Code
}

/** Anyone on the network path between actors. */
one sig Observer extends Actor {}

sig Municipality extends Actor {}

/** An institution that handles individual numbers (個人番号利用事務実施者). */
sig Institution extends Actor {}

sig Resident {
  rc: one Value,
  municipality: one Municipality
}

---------------------------------------------------------------------------------------------------
-- Exchanges (events) and messages
---------------------------------------------------------------------------------------------------

abstract sig Event {
  /** The events after this one. */
  later: set Event,
  /**
   * The messages of this exchange, at most one of each kind: kind -> sender -> receiver. A message
   * is identified by its exchange and its kind (no Message atoms: fewer symmetric atoms make the
   * SAT problems much easier).
   */
  route: Kind -> Actor -> Actor,
  /** What the message of each kind carries. */
  carries: Kind -> Datum,
  /** The kinds whose message travels on a plain (unencrypted) channel; the others are encrypted. */
  plain: set Kind
}

/** J-LIS issues (or reissues) a number for a resident at the request of the municipality. */
sig Issuance extends Event {
  resident: one Resident,
  gen: one Generation,
  /** The cycle walk: the attempt and candidate of each step, on a prefix of the steps. */
  walk: Step -> Attempt -> Value,
  issued: one Number
}

/** An institution obtains its code for a person, by presenting the person's number to J-LIS. */
sig CodeIssuance extends Event {
  inst: one Institution,
  /** Ghost: who the person is. No actor reads this field; it only states properties. */
  person: one Resident,
  /** The number the institution holds for the person (given by the person, off the network). */
  presented: one Number,
  code: one Code
}

/** The requester asks the provider, through the core, for data about a person. */
sig Linkage extends Event {
  requester: one Institution,
  provider: one Institution,
  /** Ghost, as CodeIssuance.person. */
  subject: one Resident
}

enum Kind {
  NumberRequest,        -- municipality -> J-LIS (ID-1)
  NumberNotice,         -- J-LIS -> municipality (ID-6)
  CodeRequest,          -- institution -> J-LIS (CODE-1)
  ResidentCodeForward,  -- J-LIS -> core (CODE-2)
  CodeNotice,           -- core -> institution (CODE-3)
  LinkRequest,          -- requester -> core (CODE-4)
  LinkQuery,            -- core -> provider
  LinkAnswer,           -- provider -> core
  LinkResult            -- core -> requester
}

---------------------------------------------------------------------------------------------------
-- Helpers
---------------------------------------------------------------------------------------------------

fun earlier[e: Event]: set Event { later.e }

/** The last event of a set. */
fun latest[es: set Event]: set Event { es - later.es }

/** The keyed permutation under tweak (g, a). */
fun perm[g: Generation, a: Attempt]: Value -> Value { a.(g.ff1) }

fun issuancesOf[x: Resident]: set Issuance { resident.x }

/** Every number ever issued to x (current and replaced). */
fun numbersOf[x: Resident]: set Number { issuancesOf[x].issued }

/** x's number in force at e: the one issued last before e. */
fun currentNumber[x: Resident, e: Event]: lone Number { latest[issuancesOf[x] & earlier[e]].issued }

/** Bodies of all numbers issued before e: J-LIS's history. */
fun everIssuedBefore[e: Event]: set Value { (Issuance & earlier[e]).issued.body }

/** Bodies of the numbers in force just before e (replaced numbers left out). */
fun currentBefore[e: Event]: set Value { Resident.{ x: Resident, v: Value | v = currentNumber[x, e].body } }

/** J-LIS's table (number, resident code) as it stands at e. */
fun jlisTable[e: Event]: Number -> Value {
  { n: Number, v: Value | some i: Issuance & earlier[e] | n = i.issued and v = i.resident.rc }
}

/** The kinds of message sent in exchange e. */
fun sent[e: Event]: set Kind { e.route.Actor.Actor }

fun senderOf[e: Event, k: Kind]: set Actor { (k.(e.route)).Actor }

fun receiverOf[e: Event, k: Kind]: set Actor { Actor.(k.(e.route)) }

/** What the message of kind k in exchange e carries. */
fun payload[e: Event, k: Kind]: set Datum { k.(e.carries) }

/** The kinds of message in exchange e that actor a sends or receives. */
fun touching[e: Event, a: Actor]: set Kind { (e.route).Actor.a + ((e.route).a).Actor }

/** What J-LIS passes to the core as the resident code in code issuance c. */
fun forwardedRC[c: CodeIssuance]: set Value { payload[c, ResidentCodeForward] & Value }

fun pidOf[v: set Value]: set PersonId { v.(Core.pid) }

fun codeFn[i: Institution, p: set PersonId]: set Code { p.(i.(Core.cf)) }

/** The codes institution i obtained for x. */
fun codeOf[i: Institution, x: Resident]: set Code { (inst.i & person.x).code }

/** The codes i obtained for x before e. */
fun codesBefore[i: Institution, x: Resident, e: Event]: set Code { (inst.i & person.x & earlier[e]).code }

/** Every code issued to i, for anyone. */
fun issuedCodes[i: Institution]: set Code { (inst.i).code }

/** Exchange e has a message of kind k from s to r carrying exactly d. */
pred sends[e: Event, k: Kind, s: Actor, r: Actor, d: set Datum] {
  k.(e.route) = s -> r
  payload[e, k] = d
}

---------------------------------------------------------------------------------------------------
-- Structure (facts true of the design and of every broken variant)
---------------------------------------------------------------------------------------------------

fact EventsAreTotallyOrdered {
  no e: Event | e in e.later
  all e: Event | e.later.later in e.later
  all disj e, f: Event | f in e.later or e in f.later
}

fact ResidentCodesAreUnique {
  all disj x, y: Resident | x.rc != y.rc
}

fact NumbersAreTheirBodies {
  all disj n, m: Number | n.body != m.body
  Number = Issuance.issued
}

/** FF1 under each tweak is a permutation of the value domain (ID-4: a transformation). */
fact KeyedPermutations {
  all g: Generation, a: Attempt | let p = perm[g, a] |
    (all v: Value | one v.p) and (all v: Value | one p.v)
}

/** Keys never leave their owner. */
fact KeysStayWithTheirOwners {
  keys = Jlis -> NumberKey + Core -> CodeKey
}

/** ID-8: a reissuance bumps the resident's generation; the first issuance has generation 0. */
fact ReissuanceBumpsGeneration {
  all i: Issuance | let prior = issuancesOf[i.resident] & earlier[i] {
    no prior implies i.gen = Gen/first
    some prior implies i.gen = Gen/next[latest[prior].gen]
  }
}

/**
 * ID-2, ID-4: w is the cycle walk from `start` under generation g against the set of values
 * `history`: the first step's candidate is the permutation of the resident code under
 * (g, first attempt); after a taken candidate the next step applies the same permutation to it;
 * after a candidate equal to the resident code (the cycle closed) the next step starts again from
 * the resident code under (g, next attempt). The walk goes on exactly while the candidate is taken
 * or is the resident code. There is no other choice.
 */
pred walkFrom[start: Value, g: Generation, history: set Value, w: Step -> Attempt -> Value] {
  let done = w.Value.Attempt {
    all s: done | one s.w
    St/first in done
    all s: done - St/first | St/prev[s] in done
    St/first.w = Att/first -> start.(perm[g, Att/first])
    all s: done - St/first | let a = (St/prev[s]).w.Value, v = Attempt.((St/prev[s]).w) |
      (v = start implies s.w = Att/next[a] -> start.(perm[g, Att/next[a]]))
      and (v != start implies s.w = a -> v.(perm[g, a]))
    all s: done | let v = Attempt.(s.w) | (v in history or v = start) iff some (St/next[s] & done)
  }
}

/** The walk's last candidate: the value that was never issued. */
fun walkEnd[w: Step -> Attempt -> Value]: set Value { Attempt.((St/max[w.Value.Attempt]).w) }

fact IssuedNumberEndsTheWalk {
  all i: Issuance | i.issued.body = walkEnd[i.walk]
}

/** The core's person ids: one per resident code, distinct. */
fact PersonIds {
  all x: Resident | one pidOf[x.rc]
  (Core.pid).PersonId in Resident.rc
  all p: PersonId | lone (Core.pid).p
  PersonId = Value.(Core.pid)
}

/** An institution presents the person's number in force (the person gave it). */
fact InstitutionPresentsCurrentNumber {
  all c: CodeIssuance | c.presented = currentNumber[c.person, c]
}

/** Each exchange consists of exactly its messages, one of each kind. */
fact ExchangesAndTheirMessages {
  all e: Event, k: Kind | lone k.(e.route)
  all e: Event | e.carries.Datum + e.plain in sent[e]
  all i: Issuance | sent[i] = NumberRequest + NumberNotice
  all c: CodeIssuance | sent[c] = CodeRequest + ResidentCodeForward + CodeNotice
  all l: Linkage | sent[l] = LinkRequest + LinkQuery + LinkAnswer + LinkResult
}

/**
 * ID-1, ID-6: a municipality sends the resident code; J-LIS returns number and code to it. Which
 * municipality may ask is a design choice (RequestFromHomeMunicipality).
 */
fact NumberIssuanceFlow {
  all i: Issuance | let x = i.resident, m = (NumberRequest.(i.route)).Jlis {
    one m and m in Municipality
    sends[i, NumberRequest, m, Jlis, x.rc]
    sends[i, NumberNotice, Jlis, m, i.issued + x.rc]
  }
}

/** CODE-1..3: institution -> J-LIS (number), J-LIS -> core (payload: a design choice), core -> institution (code). */
fact CodeIssuanceFlow {
  all c: CodeIssuance {
    sends[c, CodeRequest, c.inst, Jlis, c.presented]
    ResidentCodeForward.(c.route) = Jlis -> Core
    sends[c, CodeNotice, Core, c.inst, c.code]
  }
}

/** CODE-4: linkage between institutions carries codes only, each to or from the core. */
fact LinkageFlow {
  all l: Linkage {
    l.requester != l.provider
    some codesBefore[l.requester, l.subject, l]
    some codesBefore[l.provider, l.subject, l]
    LinkRequest.(l.route) = l.requester -> Core
    one payload[l, LinkRequest]
    payload[l, LinkRequest] in codesBefore[l.requester, l.subject, l]
    LinkQuery.(l.route) = Core -> l.provider
    sends[l, LinkAnswer, l.provider, Core, none]
    sends[l, LinkResult, Core, l.requester, none]
  }
}

---------------------------------------------------------------------------------------------------
-- The design's choices (a broken variant replaces one of them)
---------------------------------------------------------------------------------------------------

/** ID-1: only the resident's own municipality asks J-LIS for the resident's number. */
pred RequestFromHomeMunicipality {
  all i: Issuance | NumberRequest.(i.route) = i.resident.municipality -> Jlis
}

/** ID-3, ID-8: a new number is walked away from every number ever issued (the history). */
pred IssueAgainstHistory {
  all i: Issuance | walkFrom[i.resident.rc, i.gen, everIssuedBefore[i], i.walk]
}

/** ID-7, CODE-2: J-LIS converts a number to a resident code by looking it up in its table. */
pred ConvertByLookup {
  all c: CodeIssuance | forwardedRC[c] = c.presented.(jlisTable[c])
}

/** CODE-2, CODE-5: J-LIS passes the resident code, and only it, to the core. */
pred ForwardResidentCodeOnly {
  all c: CodeIssuance | payload[c, ResidentCodeForward] in Value
}

/** CODE-3: code = cf(institution, person id of the resident code), cf injective on its domain. */
pred CodeFromInstitutionAndPerson {
  all k: Code | lone (Core.cf).k
  all c: CodeIssuance | c.code = codeFn[c.inst, pidOf[forwardedRC[c]]]
}

/** CODE-4: the core translates the requester's code into the provider's code for the same person. */
pred TranslateCodeInCore {
  all l: Linkage | let p = { p: PersonId | codeFn[l.requester, p] = payload[l, LinkRequest] } |
    payload[l, LinkQuery] = codeFn[l.provider, p] and one payload[l, LinkQuery]
}

/** CODE-5: every channel is encrypted. */
pred AllChannelsEncrypted {
  no Event.plain
}

pred Design {
  RequestFromHomeMunicipality
  IssueAgainstHistory
  ConvertByLookup
  ForwardResidentCodeOnly
  CodeFromInstitutionAndPerson
  TranslateCodeInCore
  AllChannelsEncrypted
}

---------------------------------------------------------------------------------------------------
-- Knowledge: what each actor holds
---------------------------------------------------------------------------------------------------

/**
 * The data actor a holds: what it sent or received, what it saw on a plain channel (the observer),
 * and its own tables (J-LIS: every number issued and its resident code; the core: resident codes,
 * person ids, and every code of its code function).
 *
 * Linking is judged conservatively: an actor is taken to be able to link two data as soon as it
 * holds both, whether or not it ever saw them together. The properties below forbid even that.
 */
fun holds[a: Actor]: set Datum {
  { d: Datum | some e: Event | d in touching[e, a].(e.carries) }
  + (a = Observer => { d: Datum | some e: Event | d in e.plain.(e.carries) } else none)
  + (a = Jlis => Issuance.issued + Issuance.resident.rc else none)
  + (a = Core => (Core.pid).PersonId + Value.(Core.pid) + PersonId.(Institution.(Core.cf)) else none)
}

/**
 * a holds a (number, resident code) pair of x: it holds a number of x and x's resident code, or it
 * keeps J-LIS's key and holds either (it could recompute or invert the permutation).
 */
pred holdsPair[a: Actor, x: Resident] {
  (some numbersOf[x] & holds[a] and x.rc in holds[a])
  or (NumberKey in a.keys and some (numbersOf[x] + x.rc) & holds[a])
}

---------------------------------------------------------------------------------------------------
-- Properties and assertions
---------------------------------------------------------------------------------------------------

-- ID-3, ID-8: a number differs from every other number, including every number ever issued
-- before and since replaced; in particular a reissued number differs from the resident's old ones.
pred numbersUniqueOverHistory {
  all disj i, j: Issuance | i.issued != j.issued
}
assert NumbersUniqueOverHistory { Design implies numbersUniqueOverHistory }

-- ID-4, ID-2: the number is obtained from the resident code by the keyed permutations of its
-- generation, and the walk rule leaves J-LIS no choice: any walk w that follows the rule from the
-- same inputs ends at the issued number. (w is a parameter so that the assertion quantifies over
-- it outermost, where Alloy can skolemize the higher-order quantifier.)
pred numberDerivedFromResidentCode[w: Step -> Attempt -> Value] {
  all i: Issuance {
    (some a: Attempt | i.issued.body in i.resident.rc.^(perm[i.gen, a]))
    i.issued.body != i.resident.rc
    walkFrom[i.resident.rc, i.gen, everIssuedBefore[i], w] implies walkEnd[w] = i.issued.body
  }
}
assert NumberDerivedFromResidentCode {
  all w: Step -> Attempt -> Value | Design implies numberDerivedFromResidentCode[w]
}

-- ID-7, CODE-2: J-LIS's conversion returns what its table says for the presented number, that is
-- exactly the person's resident code (even for a walked or reissued number), and passes it to
-- the core.
pred conversionIsLookup {
  all c: CodeIssuance {
    forwardedRC[c] = c.presented.(jlisTable[c])
    forwardedRC[c] = c.person.rc
    ResidentCodeForward.(c.route) = Jlis -> Core
  }
}
assert ConversionIsLookup { Design implies conversionIsLookup }

-- ID-5, ID-6: only J-LIS and the resident's own municipality hold a (number, resident code) pair
-- (nobody else can restore the resident code from a number), and the municipality does record the
-- pair of every number issued to its resident.
pred onlyJlisAndOwnMunicipalityHoldPair {
  all a: Actor, x: Resident | holdsPair[a, x] implies a in Jlis + x.municipality
  all i: Issuance | some k: touching[i, i.resident.municipality] | i.issued + i.resident.rc in payload[i, k]
}
assert OnlyJlisAndOwnMunicipalityHoldPair { Design implies onlyJlisAndOwnMunicipalityHoldPair }

-- CODE-3c: within one institution, different persons have different codes.
pred codesUniqueWithinInstitution {
  all i: Institution, disj x, y: Resident | no codeOf[i, x] & codeOf[i, y]
}
assert CodesUniqueWithinInstitution { Design implies codesUniqueWithinInstitution }

-- CODE-3d: no code of one institution is a code of another institution, for anyone.
pred codesUniqueAcrossInstitutions {
  all disj i, j: Institution, x, y: Resident | no codeOf[i, x] & codeOf[j, y]
}
assert CodesUniqueAcrossInstitutions { Design implies codesUniqueAcrossInstitutions }

-- CODE-3a, CODE-3b: the code is the keyed function of the institution and of the person id of
-- the person's resident code (a transformation of the resident code, one code per institution and
-- person); only the core, which keeps the key, can relate a code to a resident code.
pred codeDerivedFromResidentCode {
  all c: CodeIssuance | c.code = codeFn[c.inst, pidOf[c.person.rc]]
  all a: Actor - Core, c: CodeIssuance | not (c.code + c.person.rc in holds[a])
  CodeKey.~keys = Core
}
assert CodeDerivedFromResidentCode { Design implies codeDerivedFromResidentCode }

-- CODE-3a, ID-8: an institution's code for a person does not change when the person's number
-- is changed.
pred codeStableAcrossReissuance {
  all i: Institution, x: Resident | lone codeOf[i, x]
}
assert CodeStableAcrossReissuance { Design implies codeStableAcrossReissuance }

-- CODE-4: each institution sees only its own codes.
pred noInstitutionHoldsAnothersCode {
  all disj i, j: Institution | no holds[i] & issuedCodes[j]
}
assert NoInstitutionHoldsAnothersCode { Design implies noInstitutionHoldsAnothersCode }

-- CODE-4: no actor but the core holds two institutions' codes of one person (so nobody else can
-- join the two institutions' data), linkage messages carry codes and nothing else, and a provider
-- is asked with its own code of the person.
pred onlyCoreLinksCodes {
  all a: Actor - Core, x: Resident, disj i, j: Institution |
    not (some codeOf[i, x] and some codeOf[j, x] and codeOf[i, x] + codeOf[j, x] in holds[a])
  all l: Linkage | Kind.(l.carries) in Code
  all l: Linkage | payload[l, LinkQuery] in codeOf[l.provider, l.subject]
}
assert OnlyCoreLinksCodes { Design implies onlyCoreLinksCodes }

-- CODE-5, CODE-1: the individual number travels only from an institution to J-LIS to obtain a
-- code (and from J-LIS to the resident's municipality when issued, ID-6); the institution's code
-- request carries the person's number in force; the core never holds a number.
pred numberNeverLeavesForNetwork {
  all e: Event, k: Kind | some payload[e, k] & Number implies {
    (k = CodeRequest and senderOf[e, k] in Institution and receiverOf[e, k] = Jlis)
    or (k = NumberNotice and senderOf[e, k] = Jlis and receiverOf[e, k] in Municipality)
  }
  all c: CodeIssuance |
    payload[c, CodeRequest] = currentNumber[c.person, c] and CodeRequest.(c.route) = c.inst -> Jlis
  no holds[Core] & Number
}
assert NumberNeverLeavesForNetwork { Design implies numberNeverLeavesForNetwork }

-- ID-1: a number is requested by the resident's municipality, sending J-LIS the resident code
-- (and nothing else).
pred requestCarriesResidentCode {
  all i: Issuance {
    NumberRequest.(i.route) = i.resident.municipality -> Jlis
    payload[i, NumberRequest] = i.resident.rc
  }
}
assert RequestCarriesResidentCode { Design implies requestCarriesResidentCode }

---------------------------------------------------------------------------------------------------
-- Checks (expected: no counterexample)
---------------------------------------------------------------------------------------------------

check NumbersUniqueOverHistory for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check NumberDerivedFromResidentCode for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check ConversionIsLookup for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check OnlyJlisAndOwnMunicipalityHoldPair for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check CodesUniqueWithinInstitution for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check CodesUniqueAcrossInstitutions for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check CodeDerivedFromResidentCode for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check CodeStableAcrossReissuance for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check NoInstitutionHoldsAnothersCode for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check OnlyCoreLinksCodes for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check NumberNeverLeavesForNetwork for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
check RequestCarriesResidentCode for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

---------------------------------------------------------------------------------------------------
-- Runs (expected: an instance)
---------------------------------------------------------------------------------------------------

-- Two residents, one of whom got a new number; an institution obtains its code for that person
-- both before and after the change; codes for one person at two institutions, which then link
-- through the core. (Shows the design admits every exchange the checks above quantify over.)
run NonVacuous {
  Design
  some disj x, y: Resident | some issuancesOf[x] and some issuancesOf[y]
  some disj i, j: Issuance | i.resident = j.resident
  some disj c, d: CodeIssuance | c.inst = d.inst and c.person = d.person and c.presented != d.presented
  some x: Resident, disj i, j: Institution | some codeOf[i, x] and some codeOf[j, x]
  some Linkage
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 7 Event

-- The first candidate was issued before, so J-LIS walks on; an institution then obtains a code
-- with the walked number (J-LIS's lookup converts it).
run WalkHappens {
  Design
  some i: Issuance, c: CodeIssuance | St/next[St/first] in i.walk.Value.Attempt and c.presented = i.issued
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 3 Event

-- A walk's cycle closes at the resident code, and J-LIS goes on under the next attempt.
run AttemptChanges {
  Design
  some i: Issuance | Att/next[Att/first] in Step.(i.walk).Value
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 3 Event

---------------------------------------------------------------------------------------------------
-- Broken variants (expected: a counterexample each; they show the checks above can fail)
---------------------------------------------------------------------------------------------------

-- J-LIS issues any value never issued before, as a person choosing it would, instead of the
-- first free value of the walk (ID-2, ID-4).
pred IssueAnyFreeValue {
  all i: Issuance | i.issued.body not in everIssuedBefore[i]
}
check BrokenHandPickedNumber {
  all w: Step -> Attempt -> Value |
    (RequestFromHomeMunicipality and IssueAnyFreeValue and ConvertByLookup and ForwardResidentCodeOnly
      and CodeFromInstitutionAndPerson and TranslateCodeInCore and AllChannelsEncrypted)
    implies numberDerivedFromResidentCode[w]
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- J-LIS compares a candidate only with the numbers in force, not with every number ever issued:
-- a replaced number comes back for someone else (ID-3).
pred IssueAgainstCurrentOnly {
  all i: Issuance | walkFrom[i.resident.rc, i.gen, currentBefore[i], i.walk]
}
check BrokenReissueWithoutHistory {
  (RequestFromHomeMunicipality and IssueAgainstCurrentOnly and ConvertByLookup and ForwardResidentCodeOnly
    and CodeFromInstitutionAndPerson and TranslateCodeInCore and AllChannelsEncrypted)
  implies numbersUniqueOverHistory
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- The code is a function of the person alone: two institutions get the same code (CODE-3d,
-- CODE-4).
pred CodeFromPersonOnly {
  all i: Institution, k: Code | lone (i.(Core.cf)).k
  all i, j: Institution, p: PersonId | codeFn[i, p] = codeFn[j, p]
  all c: CodeIssuance | c.code = codeFn[c.inst, pidOf[forwardedRC[c]]]
}
check BrokenCodeWithoutInstitution {
  (RequestFromHomeMunicipality and IssueAgainstHistory and ConvertByLookup and ForwardResidentCodeOnly
    and CodeFromPersonOnly and TranslateCodeInCore and AllChannelsEncrypted)
  implies codesUniqueAcrossInstitutions
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- J-LIS forwards the number with the resident code, and the core derives the code from the
-- number: the code changes when the number is reissued (CODE-3a, ID-8).
pred ForwardNumberToo {
  all c: CodeIssuance | payload[c, ResidentCodeForward] & Number = c.presented
}
pred CodeFromNumber {
  all k: Code | lone (Core.cfOfNumber).k
  all c: CodeIssuance | c.code = c.presented.(c.inst.(Core.cfOfNumber))
}
check BrokenCodeFromNumber {
  (RequestFromHomeMunicipality and IssueAgainstHistory and ConvertByLookup and ForwardNumberToo
    and CodeFromNumber and TranslateCodeInCore and AllChannelsEncrypted)
  implies codeStableAcrossReissuance
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- J-LIS forwards the number to the core with the resident code: the core holds the pair (ID-5).
check BrokenCoreReceivesNumber {
  (RequestFromHomeMunicipality and IssueAgainstHistory and ConvertByLookup and ForwardNumberToo
    and CodeFromInstitutionAndPerson and TranslateCodeInCore and AllChannelsEncrypted)
  implies onlyJlisAndOwnMunicipalityHoldPair
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- J-LIS "converts" by inverting the permutation of the first generation and first attempt instead
-- of looking up its table, as if no number were ever walked or reissued: a walked or reissued
-- number converts to the wrong resident code (ID-7).
pred ConvertByInversion {
  all c: CodeIssuance | forwardedRC[c] = (perm[Gen/first, Att/first]).(c.presented.body)
}
check BrokenConversionByInversion {
  (RequestFromHomeMunicipality and IssueAgainstHistory and ConvertByInversion and ForwardResidentCodeOnly
    and CodeFromInstitutionAndPerson and TranslateCodeInCore and AllChannelsEncrypted)
  implies conversionIsLookup
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- Extra witness: the core passes the requester's code on to the provider instead of translating
-- it: the provider holds another institution's code (CODE-4).
pred ForwardRequesterCode {
  all l: Linkage | payload[l, LinkQuery] = payload[l, LinkRequest]
}
check BrokenLinkForwardsRequesterCode {
  (RequestFromHomeMunicipality and IssueAgainstHistory and ConvertByLookup and ForwardResidentCodeOnly
    and CodeFromInstitutionAndPerson and ForwardRequesterCode and AllChannelsEncrypted)
  implies noInstitutionHoldsAnothersCode
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- Extra witness: J-LIS returns the number to the municipality on a plain channel: the outside
-- observer holds a (number, resident code) pair (ID-5, CODE-5).
pred NumberNoticeInPlain {
  all e: Event | e.plain = sent[e] & NumberNotice
}
check BrokenPlaintextNumberNotice {
  (RequestFromHomeMunicipality and IssueAgainstHistory and ConvertByLookup and ForwardResidentCodeOnly
    and CodeFromInstitutionAndPerson and TranslateCodeInCore and NumberNoticeInPlain)
  implies onlyJlisAndOwnMunicipalityHoldPair
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- Any municipality may ask for any resident's number: the request does not come from the
-- resident's municipality (ID-1).
check BrokenRequestFromAnyMunicipality {
  (IssueAgainstHistory and ConvertByLookup and ForwardResidentCodeOnly
    and CodeFromInstitutionAndPerson and TranslateCodeInCore and AllChannelsEncrypted)
  implies requestCarriesResidentCode
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- The code ignores the person: one code per institution for everyone (CODE-3c).
pred CodeFromInstitutionOnly {
  all i: Institution | lone PersonId.(i.(Core.cf))
  all c: CodeIssuance | c.code = codeFn[c.inst, pidOf[forwardedRC[c]]]
}
check BrokenCodeWithoutPerson {
  (RequestFromHomeMunicipality and IssueAgainstHistory and ConvertByLookup and ForwardResidentCodeOnly
    and CodeFromInstitutionOnly and TranslateCodeInCore and AllChannelsEncrypted)
  implies codesUniqueWithinInstitution
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- The code is derived from the number, not from the resident code (CODE-3a).
check BrokenCodeNotFromResidentCode {
  (RequestFromHomeMunicipality and IssueAgainstHistory and ConvertByLookup and ForwardNumberToo
    and CodeFromNumber and TranslateCodeInCore and AllChannelsEncrypted)
  implies codeDerivedFromResidentCode
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- The core passes the requester's code to the provider: the provider is not asked with its own
-- code, and holds two institutions' codes of the person (CODE-4).
check BrokenLinkWithoutTranslation {
  (RequestFromHomeMunicipality and IssueAgainstHistory and ConvertByLookup and ForwardResidentCodeOnly
    and CodeFromInstitutionAndPerson and ForwardRequesterCode and AllChannelsEncrypted)
  implies onlyCoreLinksCodes
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event

-- J-LIS forwards the number to the core: a number travels to the core (CODE-5, CODE-1).
check BrokenNumberForwardedToCore {
  (RequestFromHomeMunicipality and IssueAgainstHistory and ConvertByLookup and ForwardNumberToo
    and CodeFromInstitutionAndPerson and TranslateCodeInCore and AllChannelsEncrypted)
  implies numberNeverLeavesForNetwork
} for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality, 3 Institution, 5 Event
