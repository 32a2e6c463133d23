---------------------------- MODULE Identifiers ----------------------------
(***************************************************************************)
(* Identifier issuance in the My Number system (seed 第1-2).               *)
(*                                                                         *)
(*  - J-LIS issues individual numbers (ID-1..ID-8): a municipality sends a *)
(*    resident code; J-LIS transforms it with a keyed permutation (FF1)    *)
(*    whose tweak is (generation, attempt), walks the permutation's cycle  *)
(*    past every value ever issued, and returns the number with the        *)
(*    resident code; the municipality records it.                          *)
(*  - The core system issues institution codes (CODE-1..CODE-5): an        *)
(*    institution sends a number and its own processing serial to J-LIS;   *)
(*    J-LIS converts the number to the resident code by lookup (ID-7) and  *)
(*    passes the resident code to the core; the core maps it to an         *)
(*    internal person id and computes the code as a keyed permutation of   *)
(*    (institution, person id).                                            *)
(*                                                                         *)
(* Keyed permutations are modeled as injective functions sampled lazily    *)
(* by the model checker (an ideal cipher): the first time a point is       *)
(* evaluated, any value not yet in the function's range may come out.      *)
(* TLC thus explores every permutation as far as a behaviour uses it,      *)
(* including the adversarial ones in which cycle walking is needed.        *)
(*                                                                         *)
(* Knowledge: each actor keeps rows (sets of identifiers it received or    *)
(* recorded together). An actor links two identifiers if a chain of its    *)
(* rows connects them. Channels are encrypted to their recipient (Juki-net *)
(* and the network system are closed, encrypted lines), so an outside      *)
(* observer sees only envelopes, unless a message kind is listed in        *)
(* PlaintextKinds (a failure witness uses that).                           *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets, TLC

CONSTANTS
    Values,          \* the 11-digit domain the number permutation acts on
    Residents,       \* resident codes (住民票コード), a subset of Values
    Municipalities,  \* mayors keeping resident registers (市町村長)
    Home,            \* [Residents -> Municipalities]: municipality of residence
    Institutions,    \* inquirers and providers (情報照会者・情報提供者)
    Codes,           \* the institution-code domain (128-bit blocks)
    MaxGeneration,   \* numbers per resident are generations 0..MaxGeneration
    MaxAttempt,      \* tweak attempts per generation 0..MaxAttempt
    MaxReissues,     \* bound: number changes in a behaviour
    MaxSerial,       \* bound: code requests in a behaviour (serials 1..MaxSerial per institution)
    PlaintextKinds   \* message kinds sent in the clear ({} in the real design)

ASSUME Residents \subseteq Values
ASSUME Home \in [Residents -> Municipalities]
ASSUME MaxGeneration \in Nat /\ MaxAttempt \in Nat /\ MaxReissues \in Nat /\ MaxSerial \in Nat

None == "none"
JLIS == "jlis"
Core == "core"
Observer == "observer"
Actors == Municipalities \cup Institutions \cup {JLIS, Core, Observer}

NoJob == [rc |-> None, gen |-> 0, attempt |-> 0, cursor |-> None, to |-> None]

Generations == 0..MaxGeneration
Tweaks == Generations \X (0..MaxAttempt)
PersonIds == 1..Cardinality(Residents)
Serials == 1..MaxSerial

(* Tagged identifiers, the atoms of knowledge. *)
Num(v) == <<"num", v>>
RC(r) == <<"rc", r>>
Code(i, c) == <<"code", i, c>>
Serial(i, s) == <<"serial", i, s>>
Pid(p) == <<"pid", p>>

VARIABLES
    perm,         \* [Tweaks -> partial injective function on Values]: J-LIS's key
    ledger,       \* J-LIS's table: every number ever issued, in order, <<[rc, gen, attempt, num]>>
    job,          \* J-LIS's generation in progress (NoJob when idle)
    register,     \* [Residents -> Values \cup {None}]: number recorded by the home municipality
    nextSerial,   \* [Institutions -> Nat]: next processing serial (処理通番)
    outstanding,  \* [Institutions -> set of [serial, num]]: code requests awaiting an answer
    book,         \* [Institutions -> set of [num, code]]: each institution's number-to-code table
    pid,          \* [Residents -> 0..]: the core's internal person ids (0: none yet)
    codePrf,      \* partial injective function (Institutions \X PersonIds) -> Codes: the core's key
    codeLedger,   \* every code the core ever issued: set of [inst, rc, code]
    conversions,  \* every resident-code conversion J-LIS made: set of [num, rc]
    msgs,         \* messages in flight
    knows         \* [Actors -> set of rows], a row being a set of tagged identifiers

Busy == job.rc # None

vars == <<perm, ledger, job, register, nextSerial, outstanding, book,
          pid, codePrf, codeLedger, conversions, msgs, knows>>

-----------------------------------------------------------------------------
(* Helpers *)

Range(f) == {f[x] : x \in DOMAIN f}
IssuedNums == {ledger[k].num : k \in DOMAIN ledger}
IssuedFor(r) == {k \in DOMAIN ledger : ledger[k].rc = r}
HasNumber(r) == IssuedFor(r) # {}
Latest(r) == CHOOSE k \in IssuedFor(r) : \A j \in IssuedFor(r) : j <= k
CurrentNumber(r) == ledger[Latest(r)].num
CurrentNums == {CurrentNumber(r) : r \in {x \in Residents : HasNumber(x)}}
CurrentGen(r) == IF HasNumber(r) THEN ledger[Latest(r)].gen ELSE -1

(* Knowledge closure: everything a chain of the actor's rows connects to x. *)
RECURSIVE Reach(_, _)
Reach(rows, s) ==
    LET next == s \cup UNION {row \in rows : row \cap s # {}}
    IN IF next = s THEN s ELSE Reach(rows, next)
Linked(a, x, y) == y \in Reach(knows[a], {x})


(* What an outside observer of the lines learns from a message of a kind. *)
Observe(kind, row) == IF kind \in PlaintextKinds THEN {row} ELSE {}

-----------------------------------------------------------------------------
(* y is the permutation's value at the cursor: the recorded one, or a fresh sample. *)
PermAt(t, x, y) ==
    IF x \in DOMAIN perm[t] THEN y = perm[t][x] ELSE y \in Values \ Range(perm[t])

Sampled(t, x, y) ==
    perm' = IF x \in DOMAIN perm[t] THEN perm ELSE [perm EXCEPT ![t] = @ @@ (x :> y)]

(* The design's choices, as operators so a failure witness can replace one *)
(* (TLC's "Op <- Other" in a .cfg).                                         *)

(* ID-3: the values a candidate must differ from: every number ever issued. *)
Taken == IssuedNums

(* CODE-3: the point of the core's permutation for (institution, resident). *)
CodeInput(i, r) == <<i, pid'[r]>>

(* ID-7: how J-LIS finds the resident code of a number: a lookup in its table. *)
ConvertedResident(n) ==
    LET owners == {r \in Residents : HasNumber(r) /\ CurrentNumber(r) = n}
    IN IF owners = {} THEN None ELSE CHOOSE r \in owners : TRUE

(* What J-LIS tells the core with a conversion: the resident code only. *)
NoticeRow(i, s, r, n) == {Serial(i, s), RC(r)}

(* What the core tells an institution with a code: its serial and the code. *)
IssuedRow(i, s, r, c) == {Serial(i, s), Code(i, c)}

(* Which institutions the core notifies of a new code: the requester only. *)
NotifiedOf(i) == {i}

(* ID-1: who asks J-LIS for a resident's number: the home municipality. *)
Requester(r) == Home[r]

(* ID-2: the value J-LIS issues is the permutation's value at the cursor. *)
IssuedValue(t, x, y) == PermAt(t, x, y) /\ Sampled(t, x, y)

(* CODE-3: a code the core's permutation has not produced yet (lazy sampling). *)
FreshCode(c) == c \in Codes \ Range(codePrf)

(* ID-6: what the municipality writes into the register: the returned number. *)
RecordedValue(y) == y

-----------------------------------------------------------------------------
Init ==
    /\ perm = [t \in Tweaks |-> <<>>]
    /\ ledger = <<>>
    /\ job = NoJob
    /\ register = [r \in Residents |-> None]
    /\ nextSerial = [i \in Institutions |-> 1]
    /\ outstanding = [i \in Institutions |-> {}]
    /\ book = [i \in Institutions |-> {}]
    /\ pid = [r \in Residents |-> 0]
    /\ codePrf = <<>>
    /\ codeLedger = {}
    /\ conversions = {}
    /\ msgs = {}
    /\ knows = [a \in Actors |->
                 IF a \in Municipalities THEN {{RC(r)} : r \in {x \in Residents : Home[x] = a}}
                 ELSE {}]

(* J-LIS serves one request at a time (its generation is a critical section). *)
StartJob(r, g) ==
    /\ job' = [rc |-> r, gen |-> g, attempt |-> 0, cursor |-> r, to |-> Requester(r)]
    /\ knows' = [knows EXCEPT ![JLIS] = @ \cup {{RC(r)}},
                              ![Observer] = @ \cup Observe("numberRequest", {RC(r)})]
    /\ UNCHANGED <<perm, ledger, register, nextSerial, outstanding, book,
                   pid, codePrf, codeLedger, conversions, msgs>>

(* ID-1: the home municipality sends the resident code to J-LIS over Juki-net *)
(* (市町村CS -> 都道府県サーバ -> 機構サーバ) and asks for a number.          *)
RequestNumber(r) ==
    /\ ~Busy
    /\ ~HasNumber(r)
    /\ StartJob(r, 0)

(* ID-8: the home municipality asks for the number to be changed. *)
RequestReissue(r) ==
    /\ ~Busy
    /\ HasNumber(r)
    /\ CurrentGen(r) < MaxGeneration
    /\ Cardinality({k \in DOMAIN ledger : ledger[k].gen > 0}) < MaxReissues
    /\ StartJob(r, CurrentGen(r) + 1)

JobTweak == <<job.gen, job.attempt>>

RequestsMade == LET made[S \in SUBSET Institutions] ==
                        IF S = {} THEN 0
                        ELSE LET i == CHOOSE x \in S : TRUE IN nextSerial[i] - 1 + made[S \ {i}]
                IN made[Institutions]

(* The candidate is taken: walk on along the cycle (ID-3). *)
JlisWalk(y) ==
    /\ Busy
    /\ PermAt(JobTweak, job.cursor, y)
    /\ y # job.rc
    /\ y \in Taken
    /\ Sampled(JobTweak, job.cursor, y)
    /\ job' = [job EXCEPT !.cursor = y]
    /\ UNCHANGED <<ledger, register, nextSerial, outstanding, book,
                   pid, codePrf, codeLedger, conversions, msgs, knows>>

(* The cycle came back to the resident code: every value on it is taken, and *)
(* the resident code itself must never be a number; try the next tweak.      *)
JlisNextAttempt(y) ==
    /\ Busy
    /\ job.attempt < MaxAttempt
    /\ PermAt(JobTweak, job.cursor, y)
    /\ y = job.rc
    /\ Sampled(JobTweak, job.cursor, y)
    /\ job' = [job EXCEPT !.attempt = @ + 1, !.cursor = job.rc]
    /\ UNCHANGED <<ledger, register, nextSerial, outstanding, book,
                   pid, codePrf, codeLedger, conversions, msgs, knows>>

(* ID-2..ID-6: the first free value on the walk becomes the number. J-LIS   *)
(* records it in its table and returns it with the resident code; the mayor *)
(* designates it and records it in the resident register.                  *)
JlisIssue(y) ==
    /\ Busy
    /\ IssuedValue(JobTweak, job.cursor, y)
    /\ y # job.rc
    /\ y \notin Taken
    /\ ledger' = Append(ledger, [rc |-> job.rc, gen |-> job.gen, attempt |-> job.attempt, num |-> y])
    /\ register' = [register EXCEPT ![job.rc] = RecordedValue(y)]
    /\ job' = NoJob
    /\ LET row == {Num(y), RC(job.rc)} IN
       knows' = [knows EXCEPT ![JLIS] = @ \cup {row},
                              ![job.to] = @ \cup {row},
                              ![Observer] = @ \cup Observe("numberReturn", row)]
    /\ UNCHANGED <<nextSerial, outstanding, book, pid, codePrf, codeLedger, conversions, msgs>>

(* CODE-1: a resident gives a number of theirs to an institution (on a form; *)
(* possibly one since replaced); the institution sends it with its own      *)
(* processing serial (処理通番) to J-LIS.                                     *)
RequestCode(i, n) ==
    /\ ~Busy
    /\ n \in IssuedNums
    /\ LET s == nextSerial[i]
           row == {Serial(i, s), Num(n)}
       IN /\ n \notin {e.num : e \in book[i]} \cup {o.num : o \in outstanding[i]}
          /\ s <= MaxSerial
          /\ RequestsMade < MaxSerial
          /\ outstanding' = [outstanding EXCEPT ![i] = @ \cup {[serial |-> s, num |-> n]}]
          /\ nextSerial' = [nextSerial EXCEPT ![i] = s + 1]
          /\ msgs' = msgs \cup {[kind |-> "codeRequest", from |-> i, to |-> JLIS, serial |-> s, num |-> n]}
          /\ knows' = [knows EXCEPT ![i] = @ \cup {row},
                                    ![Observer] = @ \cup Observe("codeRequest", row)]
    /\ UNCHANGED <<perm, ledger, job, register, book, pid, codePrf, codeLedger, conversions>>

(* CODE-2, CODE-3: J-LIS looks the number up in its own table (ID-7) and    *)
(* passes the resident code to the core system; the core maps it to its     *)
(* internal person id (a new one on first sight), computes the code and     *)
(* notifies the institution, which records it against the number it sent.  *)
IssueCode(i, s, c) ==
    /\ ~Busy
    /\ \E m \in msgs :
        /\ m.kind = "codeRequest" /\ m.from = i /\ m.serial = s
        /\ LET r == ConvertedResident(m.num) IN
            /\ r # None
            /\ conversions' = conversions \cup {[num |-> m.num, rc |-> r]}
            /\ pid' = IF pid[r] = 0
                      THEN [pid EXCEPT ![r] = Cardinality({x \in Residents : pid[x] # 0}) + 1]
                      ELSE pid
            /\ LET point == CodeInput(i, r) IN
                /\ IF point \in DOMAIN codePrf THEN c = codePrf[point]
                                               ELSE FreshCode(c)
                /\ codePrf' = IF point \in DOMAIN codePrf THEN codePrf ELSE codePrf @@ (point :> c)
            /\ codeLedger' = codeLedger \cup {[inst |-> i, rc |-> r, code |-> c]}
            /\ book' = [book EXCEPT ![i] = @ \cup {[num |-> m.num, code |-> c]}]
            /\ outstanding' = [outstanding EXCEPT ![i] = {o \in @ : o.serial # s}]
            /\ msgs' = msgs \ {m}
            /\ LET notice == NoticeRow(i, s, r, m.num)
                   issued == IssuedRow(i, s, r, c)
               IN knows' = [a \in Actors |->
                             knows[a]
                             \cup (IF a = JLIS THEN {{Serial(i, s), Num(m.num), RC(r)}} ELSE {})
                             \cup (IF a = Core THEN {notice \cup {Pid(pid'[r]), Code(i, c)}} ELSE {})
                             \cup (IF a \in NotifiedOf(i) THEN {issued} ELSE {})
                             \cup (IF a = Observer THEN Observe("codeNotice", notice)
                                                       \cup Observe("codeIssued", issued)
                                                  ELSE {})]
        /\ UNCHANGED <<perm, ledger, job, register, nextSerial>>

(* J-LIS refuses a number it does not hold as anyone's current number      *)
(* (for example one replaced while the request was on its way).            *)
RefuseCode(i, s) ==
    /\ ~Busy
    /\ \E m \in msgs :
        /\ m.kind = "codeRequest" /\ m.from = i /\ m.serial = s
        /\ ConvertedResident(m.num) = None
        /\ msgs' = msgs \ {m}
        /\ outstanding' = [outstanding EXCEPT ![i] = {o \in @ : o.serial # s}]
        /\ knows' = [knows EXCEPT ![JLIS] = @ \cup {{Serial(i, s), Num(m.num)}}]
        /\ UNCHANGED <<perm, ledger, job, register, nextSerial, book,
                       pid, codePrf, codeLedger, conversions>>

Next ==
    \/ \E r \in Residents : RequestNumber(r) \/ RequestReissue(r)
    \/ \E y \in Values : JlisWalk(y) \/ JlisNextAttempt(y) \/ JlisIssue(y)
    \/ \E i \in Institutions, n \in Values : RequestCode(i, n)
    \/ \E i \in Institutions, s \in Serials :
        \/ RefuseCode(i, s)
        \/ \E c \in Codes : IssueCode(i, s, c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties. Each names the requirement IDs it stands for.                *)

TypeOK ==
    /\ \A t \in Tweaks : DOMAIN perm[t] \subseteq Values /\ Range(perm[t]) \subseteq Values
    /\ \A k \in DOMAIN ledger : ledger[k].rc \in Residents /\ ledger[k].num \in Values
    /\ register \in [Residents -> Values \cup {None}]
    /\ pid \in [Residents -> {0} \cup PersonIds]
    /\ Range(codePrf) \subseteq Codes

(* ID-3, ID-8: a number differs from every number ever issued, replaced ones included. *)
NumbersUniqueOverHistory ==
    \A j, k \in DOMAIN ledger : j # k => ledger[j].num # ledger[k].num

(* The values the permutation of tweak t visits from x: x's cycle as sampled so far. *)
RECURSIVE WalkFrom(_, _, _)
WalkFrom(t, x, seen) ==
    IF x \in DOMAIN perm[t] /\ perm[t][x] \notin seen
    THEN WalkFrom(t, perm[t][x], seen \cup {perm[t][x]})
    ELSE seen

(* ID-4: every number is obtained by transforming its resident code: it lies on the *)
(* resident code's cycle under J-LIS's permutation for the number's tweak, and is   *)
(* never the resident code itself.                                                 *)
NumberDerivedFromResidentCode ==
    \A k \in DOMAIN ledger :
        LET e == ledger[k] IN
            /\ e.num \in WalkFrom(<<e.gen, e.attempt>>, e.rc, {})
            /\ e.num # e.rc

(* ID-2: no choice in it: the number is the first value on the walk that was not *)
(* issued before, and earlier attempts of that generation were exhausted.        *)
RECURSIVE FirstFree(_, _, _, _)
FirstFree(t, rc, x, before) ==
    IF x \notin DOMAIN perm[t] THEN None
    ELSE LET y == perm[t][x] IN
         IF y = rc THEN None
         ELSE IF y \notin before THEN y ELSE FirstFree(t, rc, y, before)

NumberIssuedByRule ==
    \A k \in DOMAIN ledger :
        LET e == ledger[k]
            before == {ledger[j].num : j \in 1..(k - 1)}
        IN /\ e.num = FirstFree(<<e.gen, e.attempt>>, e.rc, e.rc, before)
           /\ \A a \in 0..(e.attempt - 1) : FirstFree(<<e.gen, a>>, e.rc, e.rc, before) = None

(* ID-1: J-LIS works only on a request from the resident's own municipality. *)
RequestCarriesResidentCode ==
    Busy => job.to = Home[job.rc]

(* ID-6: the register holds the number J-LIS issued last, for every resident. *)
MunicipalityRecordsNumber ==
    \A r \in Residents : HasNumber(r) => register[r] = CurrentNumber(r)

(* ID-7, CODE-2: every conversion returned the resident code J-LIS's table holds *)
(* for that number, as the current number.                                      *)
ConversionIsLookup ==
    \A c \in conversions :
        \E k \in DOMAIN ledger : ledger[k].num = c.num /\ ledger[k].rc = c.rc

(* ID-5, ID-6: nobody but J-LIS and the resident's own municipality ever holds a *)
(* (number, resident code) pair.                                                 *)
OnlyJlisAndHomeHoldPair ==
    \A k \in DOMAIN ledger, a \in Actors \ {JLIS} :
        a # Home[ledger[k].rc] => ~Linked(a, Num(ledger[k].num), RC(ledger[k].rc))

(* CODE-3c: codes of one institution differ between persons. *)
CodesUniqueWithinInstitution ==
    \A e, f \in codeLedger : (e.inst = f.inst /\ e.rc # f.rc) => e.code # f.code

(* CODE-3d: a code differs from every code of every other institution. *)
CodesUniqueAcrossInstitutions ==
    \A e, f \in codeLedger : e.inst # f.inst => e.code # f.code

(* CODE-3a, ID-8: a code is a function of (institution, resident code) only: it   *)
(* stays the same when the person's number is changed.                           *)
CodeStableAcrossReissuance ==
    \A e, f \in codeLedger : (e.inst = f.inst /\ e.rc = f.rc) => e.code = f.code

(* CODE-3a: each code is the core permutation's value at the institution and the *)
(* internal id the core assigned to the resident code.                           *)
CodeDerivedFromResidentCode ==
    \A e \in codeLedger :
        /\ pid[e.rc] # 0
        /\ <<e.inst, pid[e.rc]>> \in DOMAIN codePrf
        /\ codePrf[<<e.inst, pid[e.rc]>>] = e.code

(* CODE-3b: nobody but the core links a resident code to a code. *)
OnlyCoreLinksResidentCodeToCode ==
    \A e \in codeLedger, a \in Actors \ {Core} : ~Linked(a, RC(e.rc), Code(e.inst, e.code))

(* CODE-4: an institution never holds another institution's code. *)
NoInstitutionHoldsAnothersCode ==
    \A i \in Institutions : \A row \in knows[i] : \A x \in row :
        x[1] = "code" => x[2] = i

(* CODE-4: nobody but the core can link two institutions' codes of one person. *)
OnlyCoreLinksCodes ==
    \A e, f \in codeLedger, a \in Actors \ {Core} :
        (e.rc = f.rc /\ e.inst # f.inst) => ~Linked(a, Code(e.inst, e.code), Code(f.inst, f.code))

(* CODE-5, CODE-1: a number travels only from an institution to J-LIS; the core *)
(* never holds one.                                                             *)
NumberNeverOnNetwork ==
    /\ \A m \in msgs : "num" \in DOMAIN m => m.kind = "codeRequest" /\ m.from \in Institutions /\ m.to = JLIS
    /\ \A row \in knows[Core] : \A x \in row : x[1] # "num"

=============================================================================
