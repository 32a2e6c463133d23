-------------------------- MODULE TraceIdentifiers --------------------------
(***************************************************************************)
(* Trace validation of the Java implementation against Identifiers.tla.    *)
(*                                                                         *)
(* The implementation reports each step as the spec action it performs     *)
(* (bango.trace.TraceEvent). A test runs many random scenarios and writes   *)
(* their event sequences into the module TraceRuns as Traces, a sequence   *)
(* of runs, together with the constants the runs need (the values,         *)
(* residents, municipalities, institutions and codes that occur in them).  *)
(*                                                                         *)
(* TLC starts one behaviour per run and lets the spec take, at each step,  *)
(* only the action the next event names, with the arguments the event     *)
(* carries. The implementation's outputs (the permutation values, codes,   *)
(* person ids, serials) must be ones the spec allows. A run the spec cannot *)
(* follow to its end leaves TLC in a state with no successor: a deadlock,  *)
(* which TLC reports with the run and the step where the implementation    *)
(* diverged. Every invariant of Identifiers is checked along the way.      *)
(***************************************************************************)
EXTENDS Identifiers, TraceRuns

VARIABLES run, step

traceVars == <<vars, run, step>>

TraceInit ==
    /\ run \in 1..Len(Traces)
    /\ step = 1
    /\ Init

Ev == Traces[run][step]
IsEvent(name) == step <= Len(Traces[run]) /\ Ev.action = name
Advance == step' = step + 1 /\ run' = run

(* The number an institution's waiting request carries. *)
Requested(i, s) ==
    LET ms == {m \in msgs : m.kind = "codeRequest" /\ m.from = i /\ m.serial = s}
    IN IF ms = {} THEN None ELSE (CHOOSE m \in ms : TRUE).num

(* The number permutation's value the implementation reported must be the *)
(* cursor's value the spec takes (recorded, or a fresh sample).            *)
WalkStep ==
    \/ IsEvent("JlisWalk") /\ JlisWalk(Ev.value)
    \/ IsEvent("JlisNextAttempt") /\ JlisNextAttempt(Ev.value)
    \/ IsEvent("JlisIssue") /\ JlisIssue(Ev.value)

TraceNext ==
    \/ /\ IsEvent("RequestNumber")
       /\ Ev.from = Home[Ev.rc]
       /\ RequestNumber(Ev.rc)
       /\ Advance
    \/ /\ IsEvent("RequestReissue")
       /\ Ev.from = Home[Ev.rc]
       /\ RequestReissue(Ev.rc)
       /\ Advance
    \/ WalkStep /\ Advance
    \/ /\ IsEvent("RequestCode")
       /\ nextSerial[Ev.inst] = Ev.serial
       /\ RequestCode(Ev.inst, Ev.num)
       /\ Advance
    \/ /\ IsEvent("IssueCode")
       /\ Requested(Ev.inst, Ev.serial) # None
       /\ ConvertedResident(Requested(Ev.inst, Ev.serial)) = Ev.rc
       /\ IssueCode(Ev.inst, Ev.serial, Ev.code)
       /\ pid'[Ev.rc] = Ev.pid
       /\ Advance
    \/ /\ IsEvent("RefuseCode")
       /\ RefuseCode(Ev.inst, Ev.serial)
       /\ Advance
    \/ /\ step > Len(Traces[run])
       /\ UNCHANGED traceVars

TraceSpec == TraceInit /\ [][TraceNext]_traceVars
=============================================================================
