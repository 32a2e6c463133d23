----------------------------- MODULE MCLinkage -----------------------------
(***************************************************************************)
(* A bounded instance of Linkage for TLC: institution i1 asks institution  *)
(* i2 three things about person a: one the table allows, one it does not,  *)
(* and one it allows but the provider has restricted (IS-7). The network   *)
(* may lose one message and duplicate one delivery.                        *)
(***************************************************************************)
EXTENDS Linkage

CONSTANTS i1, i2, a, c1, c2, c3

MCRules == {[item |-> 1, inquirer |-> i1, provider |-> i2, category |-> c1],
            [item |-> 1, inquirer |-> i1, provider |-> i2, category |-> c3]}
MCCopies == {[provider |-> i2, person |-> a, category |-> c] : c \in {c1, c2, c3}}
MCRestricted == {[provider |-> i2, person |-> a, category |-> c3]}
MCPlan == (i1 :> <<[item |-> 1, provider |-> i2, category |-> c1, person |-> a],
                   [item |-> 1, provider |-> i2, category |-> c2, person |-> a],
                   [item |-> 1, provider |-> i2, category |-> c3, person |-> a]>>)
          @@ (i2 :> <<>>)

(* Liveness (EveryQueryAnswered) is checked on smaller plans than the      *)
(* invariants, since TLC's fairness check costs several times the safety  *)
(* check of the same states: the allowed and the restricted query together *)
(* (MCLinkageLiveness), and the refused query alone                        *)
(* (MCLinkageLivenessRefused, with MCPlanRefusedOnly below).                *)
MCPlanLive == (i1 :> <<[item |-> 1, provider |-> i2, category |-> c1, person |-> a],
                       [item |-> 1, provider |-> i2, category |-> c3, person |-> a]>>)
              @@ (i2 :> <<>>)

-----------------------------------------------------------------------------
(* Failure witnesses *)

(* NET-2: the core does not consult the table. *)
BrokenCoreDecides(i, q) == TRUE

(* NET-2: the core ignores whether the provider's assessment is published. *)
BrokenCoreDecidesWithoutAssessment(i, q) ==
    \E r \in Rules : r.item = q.item /\ r.inquirer = i /\ r.provider = q.provider /\ r.category = q.category

(* CODE-4: the core passes the inquirer's code on instead of translating it. *)
BrokenProviderCode(i, q) == Code(i, q.person)

(* IS-7: the provider answers restricted information automatically. *)
BrokenHoldRestricted(p, who, c) == FALSE

(* NET-2: with no published assessment the core must refuse; this core does not. *)
MCNoneUnpublished == {}

(* LOG-1: the interface system releases data before the core has recorded it. *)
BrokenReleaseNeedsCoreRecord == FALSE

(* NET-4: the interface system sends the data to the core with its report. *)
BrokenCoreSeesData == TRUE

(* NET-3: the inquirer releases every answer that arrives, repeats included. *)
BrokenReleaseOnce == FALSE

(* NET-6: the provider hands over everything it holds on the person. *)
BrokenProvidedData(p, who, c) == Data(p, who, CHOOSE x \in Categories : x # c)

(* NET-2, liveness: the core drops a refused query without answering. *)
BrokenReplyToRefusal == FALSE

(* The refused query alone (MCLinkageLivenessRefused and its witness). *)
MCPlanRefusedOnly == (i1 :> <<[item |-> 1, provider |-> i2, category |-> c2, person |-> a]>>) @@ (i2 :> <<>>)

(* NET-7: the interface system relays for everyone, self-checked or not. *)
BrokenRelays(i) == TRUE

(* NET-5: the provider sends the data straight to the inquirer. *)
BrokenDataVia == "direct"

(* LOG-1: a provider whose store fails provides anyway. *)
BrokenFailClosed == FALSE
=============================================================================
