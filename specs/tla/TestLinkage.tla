---------------------------- MODULE TestLinkage -----------------------------
(***************************************************************************)
(* Test predicates over Linkage behaviours. Each scenario is a small       *)
(* instance of Linkage: institution i1 asks institution i2 one thing about *)
(* person a under item 1, with the table, the published assessments, the  *)
(* connected institutions, the failing record stores and the network's    *)
(* faults the scenario names. For each predicate TestX (whose first       *)
(* conjunct names its scenario), TLC checks the invariant ReachX == ~TestX *)
(* on that scenario; the shortest behaviour that violates it reaches the  *)
(* state, and `bango gen-tests` turns the behaviour into a JUnit test      *)
(* (generated-tests/) that drives the network's services through the same *)
(* steps (the query, the staff decision, the resend, the lost or repeated *)
(* message) and compares the spec's end state with theirs.                *)
(*                                                                         *)
(* Every predicate asks for a quiet network (no message in flight), so     *)
(* that the end state is final: what the services must settle in.        *)
(***************************************************************************)
EXTENDS Linkage

CONSTANTS i1, i2, a, c1, c2, c3, Scenario

(* The table lets i1 ask i2 for c1 and c3 under item 1; i2 holds copies of *)
(* all three categories for a, and restricts c3 (IS-7).                  *)
TRules == {[item |-> 1, inquirer |-> i1, provider |-> i2, category |-> c] : c \in {c1, c3}}
TCopies == {[provider |-> i2, person |-> a, category |-> c] : c \in {c1, c2, c3}}
TRestricted == {[provider |-> i2, person |-> a, category |-> c3]}

TCategory == CASE Scenario = "tableRefused" -> c2
             []   Scenario = "restricted"   -> c3
             []   OTHER                     -> c1
TPlan == (i1 :> <<[item |-> 1, provider |-> i2, category |-> TCategory, person |-> a]>>) @@ (i2 :> <<>>)
TPublished == IF Scenario = "unpublished" THEN {} ELSE {i2}
TConnected == IF Scenario = "unconnected" THEN {i1} ELSE {i1, i2}
TFailingStores == CASE Scenario = "providerStoreFails" -> {i2}
                  []   Scenario = "coreStoreFails"     -> {Core}
                  []   OTHER                           -> {}
TMaxLoss == IF Scenario \in {"lostQuery", "lostAnswer"} THEN 1 ELSE 0
TMaxDup == IF Scenario = "duplicatedQuery" THEN 1 ELSE 0

(* The scenario's constants: TLC prints them when it checks this          *)
(* assumption, and the generator carries them into the test, which sets   *)
(* the services up alike.                                                  *)
Setting == [institutions |-> Institutions, persons |-> Persons, items |-> Items, categories |-> Categories,
            rules |-> Rules, published |-> Published, copies |-> Copies, restricted |-> Restricted,
            plan |-> Plan, failingStores |-> FailingStores, connected |-> Connected]
ASSUME PrintT(<<"setting", Setting>>)

(* Which message the network may lose or deliver twice, by scenario. A    *)
(* repeated delivery leaves the message behind, so it is known by what the *)
(* step sends: only the core's receipt of a query sends a notice.         *)
LosesOnly(type) == losses' > losses => \E m \in net \ net' : m.type = type
RepeatsOnlyQueries == dups' > dups => \E m \in net' \ net : m.type = "notice"
FaultConstraint ==
    CASE Scenario = "lostQuery"       -> LosesOnly("query")
    []   Scenario = "lostAnswer"      -> LosesOnly("answer")
    []   Scenario = "duplicatedQuery" -> RepeatsOnlyQueries
    []   OTHER                        -> TRUE

(* Linkage's Next, one named disjunct per action, so that TLC labels each *)
(* step of a behaviour with the action that took it (XStep takes X; the   *)
(* generated tests name it X). The configuration checks [][Next]_vars:    *)
(* every step taken is a step of Linkage.                                 *)
SendQueryStep == \E i \in Institutions : \E s \in Serials(i) : SendQuery(i, s)
CoreReceiveQueryStep == \E m \in net : CoreReceiveQuery(m)
ProviderReceiveNoticeStep == \E m \in net : ProviderReceiveNotice(m)
InterfaceParkDataStep == \E m \in net : InterfaceParkData(m)
CoreReceiveReportStep == \E m \in net : CoreReceiveReport(m)
InterfaceReleaseStep == \E m \in net : InterfaceRelease(m)
InquirerReceiveAnswerStep == \E m \in net : InquirerReceiveAnswer(m)
InquirerReceiveStatusStep == \E m \in net : InquirerReceiveStatus(m)
LoseStep == \E m \in net : Lose(m)
InterfaceReleaseUnrecordedStep == \E d \in parked : InterfaceReleaseUnrecorded(d)
StaffDecideStep == \E p, i \in Institutions : \E s \in Serials(i) : \E b \in BOOLEAN : StaffDecide(p, i, s, b)
Steps ==
    \/ SendQueryStep \/ CoreReceiveQueryStep \/ ProviderReceiveNoticeStep \/ InterfaceParkDataStep
    \/ CoreReceiveReportStep \/ InterfaceReleaseStep \/ InquirerReceiveAnswerStep \/ InquirerReceiveStatusStep
    \/ LoseStep \/ InterfaceReleaseUnrecordedStep \/ StaffDecideStep
StepsAreLinkageSteps == [][Next]_vars

Quiet == net = {}
Kinds(p) == {r.kind : r \in {x \in records[p] : x.inquirer = i1 /\ x.serial = 1}}

-----------------------------------------------------------------------------
(* An allowed query is answered from the provider's copy of the category asked for, with the provision recorded by the inquirer, the provider and the core (NET-1, NET-2, NET-3, NET-6, IS-2, LOG-1). *)
TestAllowedQueryProvided ==
    /\ Scenario = "allowed"
    /\ Quiet
    /\ inquiry[i1][1] = "provided"
    /\ answers[i1] = <<[serial |-> 1, data |-> Data(i2, a, c1)]>>
    /\ \A p \in {i1, i2, Core} : "provision" \in Kinds(p)
ReachAllowedQueryProvided == ~TestAllowedQueryProvided

(* A query the table does not allow is refused by the core and recorded by the inquirer and the core; the provider hears nothing (NET-2, LOG-1). *)
TestTableRefusesQuery ==
    /\ Scenario = "tableRefused"
    /\ Quiet
    /\ inquiry[i1][1] = "refused"
    /\ "refusal" \in Kinds(i1) /\ "refusal" \in Kinds(Core)
    /\ records[i2] = {}
ReachTableRefusesQuery == ~TestTableRefusesQuery

(* A query the table allows is refused when the provider's privacy impact assessment is not published (NET-2). *)
TestUnpublishedProviderRefuses ==
    /\ Scenario = "unpublished"
    /\ Quiet
    /\ inquiry[i1][1] = "refused"
    /\ answers[i1] = <<>>
    /\ records[i2] = {}
ReachUnpublishedProviderRefuses == ~TestUnpublishedProviderRefuses

(* Restricted information is held, and provided once the provider's staff decide to provide it (IS-7, LOG-1). *)
TestRestrictedHeldThenProvided ==
    /\ Scenario = "restricted"
    /\ Quiet
    /\ [provider |-> i2, inquirer |-> i1, serial |-> 1, provide |-> TRUE] \in staff
    /\ inquiry[i1][1] = "provided"
    /\ Kinds(i2) = {"hold", "provision"}
ReachRestrictedHeldThenProvided == ~TestRestrictedHeldThenProvided

(* Restricted information is held, and refused when the provider's staff decide so; every party records the refusal (IS-7, LOG-1). *)
TestRestrictedHeldThenRefused ==
    /\ Scenario = "restricted"
    /\ Quiet
    /\ [provider |-> i2, inquirer |-> i1, serial |-> 1, provide |-> FALSE] \in staff
    /\ inquiry[i1][1] = "refused"
    /\ \A p \in {i1, i2, Core} : "refusal" \in Kinds(p)
ReachRestrictedHeldThenRefused == ~TestRestrictedHeldThenRefused

(* A lost query is resent under the same serial and answered (NET-2, NET-3). *)
TestLostQueryResent ==
    /\ Scenario = "lostQuery"
    /\ Quiet
    /\ losses = 1
    /\ inquiry[i1][1] = "provided"
ReachLostQueryResent == ~TestLostQueryResent

(* An answer lost after the provision was recorded: the resent serial is decided and served as before, and provided once, with one provision record at each party (NET-3, LOG-1). *)
TestLostAnswerResentProvidedOnce ==
    /\ Scenario = "lostAnswer"
    /\ Quiet
    /\ losses = 1
    /\ inquiry[i1][1] = "provided"
    /\ Len(answers[i1]) = 1
ReachLostAnswerResentProvidedOnce == ~TestLostAnswerResentProvidedOnce

(* A query delivered twice to the core gets one decision and one provision (NET-3). *)
TestDuplicatedQueryProvidedOnce ==
    /\ Scenario = "duplicatedQuery"
    /\ Quiet
    /\ dups = 1
    /\ inquiry[i1][1] = "provided"
    /\ Len(answers[i1]) = 1
ReachDuplicatedQueryProvidedOnce == ~TestDuplicatedQueryProvidedOnce

(* The provider's record store fails: the provider refuses rather than answer unrecorded (LOG-1). *)
TestProviderStoreFailsClosed ==
    /\ Scenario = "providerStoreFails"
    /\ Quiet
    /\ inquiry[i1][1] = "refused"
    /\ answers[i1] = <<>>
ReachProviderStoreFailsClosed == ~TestProviderStoreFailsClosed

(* The core's record store fails: the core refuses the query it cannot record (LOG-1, NET-2). *)
TestCoreStoreFailsClosed ==
    /\ Scenario = "coreStoreFails"
    /\ Quiet
    /\ inquiry[i1][1] = "refused"
    /\ records[i2] = {}
ReachCoreStoreFailsClosed == ~TestCoreStoreFailsClosed

(* A query to an institution whose self-check was not accepted is refused by the core, and nothing reaches that institution (NET-7). *)
TestUnconnectedProviderRefused ==
    /\ Scenario = "unconnected"
    /\ Quiet
    /\ inquiry[i1][1] = "refused"
    /\ records[i2] = {}
ReachUnconnectedProviderRefused == ~TestUnconnectedProviderRefused
=============================================================================
