--------------------------- MODULE MCIdentifiers ---------------------------
(***************************************************************************)
(* A bounded instance of Identifiers for TLC: two residents in two          *)
(* municipalities, two institutions, one reissuance per resident, two       *)
(* tweak attempts per generation, and a value domain small enough that the  *)
(* number permutation's cycles collide with issued numbers (cycle walking   *)
(* and attempt changes happen in reachable states).                         *)
(*                                                                         *)
(* The Broken* operators are deliberately wrong designs. The configurations *)
(* in broken/ substitute one of them (TLC's "Op <- Broken") and each must   *)
(* make TLC report a violation of the property it names.                    *)
(***************************************************************************)
EXTENDS Identifiers

CONSTANTS r1, r2, v1, v2, m1, m2, i1, i2, c1, c2, c3, c4

MCValues == {r1, r2, v1, v2}

MCResidents == {r1, r2}
MCHome == (r1 :> m1) @@ (r2 :> m2)
MCCodes == {c1, c2, c3, c4}

(* Institutions, and the values that are not resident codes, are each      *)
(* interchangeable: nothing in the spec tells one from another.            *)
MCSymmetry == Permutations({i1, i2}) \cup Permutations({v1, v2})

(* Codes are interchangeable too; rather than a symmetry set (costly with   *)
(* four of them), the core takes the first unused code in a fixed order:     *)
(* every property is invariant under renaming codes, so this explores one   *)
(* representative of each class of behaviours.                              *)
MCFreshCode(c) == c = CHOOSE x \in MCCodes \ Range(codePrf) : TRUE

-----------------------------------------------------------------------------
(* Failure witnesses. *)

(* ID-3: check candidates only against the numbers in use, not the history. *)
BrokenTakenCurrentOnly == CurrentNums

(* ID-2, ID-4: J-LIS picks any free value instead of the permutation's. *)
BrokenIssuedValue(t, x, y) == y \in Values /\ UNCHANGED perm

(* ID-1: any municipality may ask for any resident's number. *)
BrokenRequester(r) == CHOOSE m \in Municipalities : m # Home[r]

(* ID-6: the municipality does not write the returned number down. *)
BrokenRecordedValue(y) == register[job.rc]

(* ID-7: "conversion" by inverting a permutation instead of looking up the table. *)
BrokenConvertedResident(n) ==
    LET preimages == {x \in Residents : \E t \in Tweaks : x \in DOMAIN perm[t] /\ perm[t][x] = n}
    IN IF preimages = {} THEN None ELSE CHOOSE x \in preimages : TRUE

(* CODE-5, ID-5: J-LIS forwards the number to the core with the resident code. *)
BrokenNoticeRow(i, s, r, n) == {Serial(i, s), RC(r), Num(n)}

(* CODE-3b: the core sends the resident code back with the code. *)
BrokenIssuedRow(i, s, r, c) == {Serial(i, s), Code(i, c), RC(r)}

(* CODE-3c: the code ignores the person. *)
BrokenCodeInputWithoutPerson(i, r) == <<i, 0>>

(* CODE-3d, CODE-4: the code ignores the institution. *)
BrokenCodeInputWithoutInstitution(i, r) == <<"any", pid'[r]>>

(* CODE-3a, ID-8: the code is computed from the number, not the resident code. *)
BrokenCodeInputFromNumber(i, r) == <<i, CurrentNumber(r)>>

(* CODE-4: the core notifies every institution of every code. *)
BrokenNotifiedOf(i) == Institutions
=============================================================================
