--------------------------- MODULE TestIdentifiers ---------------------------
(***************************************************************************)
(* Test predicates: states of MCIdentifiers worth reaching. For each       *)
(* predicate TestX, TLC checks the invariant ReachX == ~TestX; the shortest *)
(* behaviour that violates it reaches the state, and `bango gen-tests`      *)
(* turns that behaviour into a JUnit test (generated-tests/) that replays  *)
(* it against the Java implementation and compares the spec's state with   *)
(* the implementation's after every step.                                 *)
(***************************************************************************)
EXTENDS MCIdentifiers

(* A number found only after walking past a taken value (ID-3). *)
TestWalk ==
    \E k \in DOMAIN ledger :
        ledger[k].num # perm[<<ledger[k].gen, ledger[k].attempt>>][ledger[k].rc]
ReachWalk == ~TestWalk

(* A number issued under a second attempt: the first cycle closed (ID-2, ID-3). *)
TestNextAttempt == \E k \in DOMAIN ledger : ledger[k].attempt > 0
ReachNextAttempt == ~TestNextAttempt

(* A changed number (ID-8). *)
TestReissue == \E k \in DOMAIN ledger : ledger[k].gen > 0
ReachReissue == ~TestReissue

(* A number whose value is another resident's resident code: the domains are shared. *)
TestNumberIsAResidentCodeValue == \E k \in DOMAIN ledger : ledger[k].num \in Residents
ReachNumberIsAResidentCodeValue == ~TestNumberIsAResidentCodeValue

(* An institution holds one code under two numbers of one person: the code survived a change (CODE-3a, ID-8). *)
TestCodeSurvivesReissue ==
    \E i \in Institutions : \E e, f \in book[i] : e.num # f.num /\ e.code = f.code
ReachCodeSurvivesReissue == ~TestCodeSurvivesReissue

(* One person has codes at two institutions (CODE-3d, CODE-4). *)
TestCodesAtTwoInstitutions ==
    \E e, f \in codeLedger : e.rc = f.rc /\ e.inst # f.inst
ReachCodesAtTwoInstitutions == ~TestCodesAtTwoInstitutions

(* One institution holds codes of two persons (CODE-3c). *)
TestTwoPersonsAtOneInstitution ==
    \E e, f \in codeLedger : e.inst = f.inst /\ e.rc # f.rc
ReachTwoPersonsAtOneInstitution == ~TestTwoPersonsAtOneInstitution

(* A request with a replaced number was refused (ID-7). *)
TestRefusedReplacedNumber ==
    \E i \in Institutions : nextSerial[i] - 1 > Cardinality(book[i]) + Cardinality(outstanding[i])
ReachRefusedReplacedNumber == ~TestRefusedReplacedNumber

(* A code request waits while J-LIS serves another (requests are asynchronous). *)
TestRequestWaitsAcrossReissue ==
    /\ \E m \in msgs : m.kind = "codeRequest" /\ m.num \notin CurrentNums
ReachRequestWaitsAcrossReissue == ~TestRequestWaitsAcrossReissue
=============================================================================
