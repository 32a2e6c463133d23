---------------------------- MODULE TraceLinkage ----------------------------
(***************************************************************************)
(* Trace validation of the linkage services (bango.network: the core and   *)
(* interface systems and the intermediate servers, with their records)     *)
(* against Linkage.tla.                                                    *)
(*                                                                         *)
(* A test runs random scenarios of several institutions on the real        *)
(* services, over loopback HTTP, with messages lost and delivered twice on *)
(* the lines, resends under the same serial, holds decided by staff, and  *)
(* queries the table or an unpublished assessment refuses. It writes each  *)
(* run into the module TraceLinkageRuns as one element of Runs: the        *)
(* constants of Linkage the run needs and its events in the spec's terms.  *)
(*                                                                         *)
(* TLC starts one behaviour per run, with Linkage instantiated with that   *)
(* run's constants, and lets the spec take at each step only the action    *)
(* the next event names, on the message the event is about. The           *)
(* implementation's decisions (allow, the provider's outcome, the staff    *)
(* decision, the status an inquirer received) must be the spec's. An      *)
(* Observe event compares the implementation's state at a quiet moment     *)
(* (each inquiry's status, the answers released, every party's records)   *)
(* with the spec's. A run the spec cannot follow to its end leaves TLC in  *)
(* a state with no successor: a deadlock, reported with the run and the    *)
(* step where the implementation diverged. Every invariant of Linkage is   *)
(* checked along the way.                                                  *)
(*                                                                         *)
(* Messages. The spec's network is a set; the implementation's lines carry *)
(* copies. The test counts the copies of each of the spec's messages in    *)
(* flight, so each delivery says whether another copy is still on its way *)
(* (leave: the spec's duplicate delivery, which leaves the message in the *)
(* set) or not, and a copy lost while another is on its way changes nothing*)
(* in the spec. The interface system's relay of a query, notice, report or *)
(* status is no step of the spec (the message travels "via" it).          *)
(*                                                                         *)
(* Parked data. The interface system drops parked data once released; the *)
(* spec keeps it. A release that finds nothing parked (a repeat) is the    *)
(* spec's InterfaceRelease followed by the loss of the answer it sends     *)
(* (see proofs-notes/linkage.md).                                          *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC, TraceLinkageRuns

VARIABLES net, inquiry, answers, decided, served, staff, parked, records, losses, dups, run, step

L(r) == INSTANCE Linkage WITH
    Institutions <- Runs[r].institutions,
    Persons <- Runs[r].persons,
    Items <- Runs[r].items,
    Categories <- Runs[r].categories,
    Rules <- Runs[r].rules,
    Published <- Runs[r].published,
    Copies <- Runs[r].copies,
    Restricted <- Runs[r].restricted,
    Plan <- Runs[r].plan,
    MaxLoss <- Runs[r].maxLoss,
    MaxDup <- Runs[r].maxDup,
    FailingStores <- {},
    Connected <- Runs[r].connected

linkageVars == <<net, inquiry, answers, decided, served, staff, parked, records, losses, dups>>
traceVars == <<linkageVars, run, step>>

(* run is a state variable, and a parametrised instance takes only constant *)
(* arguments: r ranges over {run} to bind it.                                *)
TraceInit ==
    /\ run \in 1..Len(Runs)
    /\ step = 1
    /\ \E r \in {run} : L(r)!Init

Trace == Runs[run].trace
Ev == Trace[step]
IsEvent(name) == step <= Len(Trace) /\ Ev.action = name
Advance == step' = step + 1 /\ run' = run

(* A delivery removes the message, or, while the implementation has another *)
(* copy of it on its way, leaves it (the spec's duplicate delivery).         *)
Taken == dups' = dups + (IF Ev.leave THEN 1 ELSE 0)

(* What the observer compares of a record: everything; of the core's, the  *)
(* inquirer's code only, since a refusal there may hold no provider's code. *)
Seen(p, x) == IF p = "core" THEN [x EXCEPT !.person = x.person[1]] ELSE x

Step(r) ==
    \/ /\ IsEvent("SendQuery")
       /\ L(r)!SendQuery(Ev.inquirer, Ev.serial)
    \/ /\ IsEvent("CoreReceiveQuery")
       /\ \E m \in net : /\ m.type = "query" /\ m.from = Ev.inquirer /\ m.serial = Ev.serial
                         /\ L(r)!CoreReceiveQuery(m)
       /\ [inquirer |-> Ev.inquirer, serial |-> Ev.serial, allow |-> Ev.allow] \in decided'
       /\ Taken
    \/ /\ IsEvent("ProviderReceiveNotice")
       /\ \E m \in net : /\ m.type = "notice" /\ m.to = Ev.provider
                         /\ m.inquirer = Ev.inquirer /\ m.serial = Ev.serial
                         /\ L(r)!ProviderReceiveNotice(m)
       /\ [provider |-> Ev.provider, inquirer |-> Ev.inquirer, serial |-> Ev.serial,
           outcome |-> Ev.outcome] \in served'
       /\ Taken
    \/ /\ IsEvent("StaffDecide")
       /\ L(r)!StaffDecide(Ev.provider, Ev.inquirer, Ev.serial, Ev.provide)
    \/ /\ IsEvent("InterfaceParkData")
       /\ \E m \in net : /\ m.type = "data" /\ m.to = Ev.inquirer /\ m.serial = Ev.serial
                         /\ L(r)!InterfaceParkData(m)
       /\ Taken
    \/ /\ IsEvent("CoreReceiveReport")
       /\ Ev.recorded
       /\ \E m \in net : /\ m.type = "report" /\ m.inquirer = Ev.inquirer /\ m.serial = Ev.serial
                         /\ m.outcome = Ev.outcome
                         /\ L(r)!CoreReceiveReport(m)
       /\ Taken
    \/ /\ IsEvent("InterfaceRelease")
       /\ \E m \in net : /\ m.type = "release" /\ m.inquirer = Ev.inquirer /\ m.serial = Ev.serial
                         /\ L(r)!InterfaceRelease(m)
       /\ Taken
    \/ /\ IsEvent("InquirerReceiveAnswer")
       /\ Ev.recorded
       /\ \E m \in net : /\ m.type = "answer" /\ m.to = Ev.inquirer /\ m.serial = Ev.serial
                         /\ L(r)!InquirerReceiveAnswer(m)
       /\ Taken
    \/ /\ IsEvent("InquirerReceiveStatus")
       /\ Ev.recorded
       /\ \E m \in net : /\ m.type = Ev.status /\ m.to = Ev.inquirer /\ m.serial = Ev.serial
                         /\ L(r)!InquirerReceiveStatus(m)
       /\ Taken
    \/ /\ IsEvent("Lose")
       /\ \E m \in net : /\ m.type = Ev.type /\ L(r)!InquirerOf(m) = Ev.inquirer /\ m.serial = Ev.serial
                         /\ (m.type = "report" => m.outcome = Ev.outcome)
                         /\ L(r)!Lose(m)

(* The implementation's state at a quiet moment is the spec's. *)
Observe ==
    /\ IsEvent("Observe")
    /\ \A i \in DOMAIN Ev.inquiry : inquiry[i] = Ev.inquiry[i]
    /\ \A i \in DOMAIN Ev.answers : {answers[i][k] : k \in DOMAIN answers[i]} = Ev.answers[i]
    /\ \A p \in DOMAIN Ev.records : {Seen(p, x) : x \in records[p]} = Ev.records[p]
    /\ UNCHANGED linkageVars

TraceNext ==
    \/ \E r \in {run} : Step(r) /\ Advance
    \/ Observe /\ Advance
    \/ /\ step > Len(Trace)
       /\ UNCHANGED traceVars

TraceSpec == TraceInit /\ [][TraceNext]_traceVars

(* Linkage's invariants, in each run's instance. *)
ProvisionsAuthorized == \A r \in {run} : L(r)!ProvisionsAuthorized
NoPayloadThroughCore == \A r \in {run} : L(r)!NoPayloadThroughCore
RestrictedNeedsStaff == \A r \in {run} : L(r)!RestrictedNeedsStaff
RecordsBeforeRelease == \A r \in {run} : L(r)!RecordsBeforeRelease
OwnCodeSpace == \A r \in {run} : L(r)!OwnCodeSpace
AtMostOneProvision == \A r \in {run} : L(r)!AtMostOneProvision
OnlyCategoryData == \A r \in {run} : L(r)!OnlyCategoryData
OnlyNetworkLines == \A r \in {run} : L(r)!OnlyNetworkLines
OnlyConnectedExchange == \A r \in {run} : L(r)!OnlyConnectedExchange
=============================================================================
