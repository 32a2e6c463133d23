------------------------------ MODULE Linkage ------------------------------
(***************************************************************************)
(* The Information Provision Network System (seed 第2): queries between    *)
(* institutions through the core and interface systems, answered by the   *)
(* providers' intermediate servers from their copies (NET-1..NET-4, IS-1,   *)
(* IS-2, IS-7, LOG-1).                                                     *)
(*                                                                         *)
(* An inquirer's intermediate server sends the core, through the interface *)
(* system, a processing serial, the item, the provider, the category and   *)
(* the inquirer's own code for the person. The core decides against Annex *)
(* Table 2 and the providers' published privacy impact assessments         *)
(* (NET-2), translates the code into the provider's code space, records,   *)
(* and notifies the provider's intermediate server (NET-3). The provider   *)
(* answers from its copy (IS-2), unless the information is restricted, in  *)
(* which case it is held for a staff decision (IS-7). The data travels     *)
(* from the provider to the interface system, which releases it to the     *)
(* inquirer only after the core has recorded the provision; the core never *)
(* sees the data (NET-4). The inquirer, the provider and the core each     *)
(* record every request, provision, hold and refusal (LOG-1); a party that *)
(* cannot record refuses (fail closed).                                    *)
(*                                                                         *)
(* Messages travel in a set: they can be reordered, duplicated (a delivery *)
(* may leave the message in the set) and lost (a bounded number of times); *)
(* the inquirer's server resends a query it has no answer for, under the  *)
(* same serial, and every party answers a repeated serial as it did the    *)
(* first time.                                                             *)
(*                                                                         *)
(* Codes are modelled as Code(party, person): each institution's code      *)
(* space is its own; the core maps between them (CODE-4).                  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, Sequences, TLC

CONSTANTS
    Institutions,   \* inquirers and providers, each with its own intermediate server (IS-1)
    Persons,        \* people, known to each institution only by its own code
    Items,          \* Annex Table 2 item numbers
    Categories,     \* column-4 information categories
    Rules,          \* Annex Table 2: set of [item, inquirer, provider, category]
    Published,      \* providers whose privacy impact assessment is published (番号利用法21条2項)
    Copies,         \* IS-2: copies registered in advance, set of [provider, person, category]
    Restricted,     \* IS-7: set of [provider, person, category] not answered automatically
    Plan,           \* [Institutions -> Seq of [item, provider, category, person]]: the queries each inquirer makes, by serial
    MaxLoss,        \* bound: messages the network may lose in a behaviour
    MaxDup,         \* bound: deliveries that leave a copy of the message behind
    FailingStores,  \* parties whose record store may fail (fail-closed witness and checks)
    Connected       \* NET-7: institutions whose self-check against the connection rules the ministry accepted

Core == "core"
Interface == "interface"
Parties == Institutions \cup {Core}

Code(party, person) == <<"code", party, person>>
Data(provider, person, category) == <<"data", provider, person, category>>

Serials(i) == 1..Len(Plan[i])
Query(i, s) == Plan[i][s]

Allowed(i, q) ==
    /\ \E r \in Rules : r.item = q.item /\ r.inquirer = i /\ r.provider = q.provider /\ r.category = q.category
    /\ q.provider \in Published

VARIABLES
    net,        \* messages in flight
    inquiry,    \* [Institutions -> [serial -> status]]: the inquirer's server's view of its queries
    answers,    \* [Institutions -> Seq of [serial, data]]: answers released to the inquirer's business system, in order
    decided,    \* the core's decisions: set of [inquirer, serial, allow]
    served,     \* providers' outcomes: set of [provider, inquirer, serial, outcome]
    staff,      \* staff decisions on held queries: set of [provider, inquirer, serial, provide]
    parked,     \* data at the interface system awaiting the core's provision record: set of [inquirer, serial, data]
    records,    \* [Parties -> set of record]: LOG-1
    losses,     \* messages lost so far
    dups        \* duplicate deliveries so far

vars == <<net, inquiry, answers, decided, served, staff, parked, records, losses, dups>>

-----------------------------------------------------------------------------
(* Records. A record names the parties, the item, the category, the serial *)
(* and the person in the recording party's own code space (the core: both *)
(* institutions' codes, which it alone may hold together).                 *)
Record(kind, i, s, q, who) ==
    [kind |-> kind, inquirer |-> i, provider |-> q.provider, item |-> q.item,
     category |-> q.category, serial |-> s, person |-> who]

Recorded(party, kind, i, s) ==
    \E r \in records[party] : r.kind = kind /\ r.inquirer = i /\ r.serial = s

(* The design's choices, as operators a failure witness can replace. *)
CoreDecides(i, q) == Allowed(i, q)
ProviderCode(i, q) == Code(q.provider, q.person)
HoldRestricted(p, who, c) == [provider |-> p, person |-> who, category |-> c] \in Restricted
ReleaseNeedsCoreRecord == TRUE

(* NET-6: the data a provider hands over: the category asked for, from its copy. *)
ProvidedData(p, who, c) == Data(p, who, c)

(* NET-3: a repeated answer for a serial is released once only. *)
ReleaseOnce == TRUE

(* NET-2: a refused query is answered with a refusal (not left unanswered). *)
ReplyToRefusal == TRUE

(* NET-7: the interface system relays only for institutions whose self-check *)
(* report against the connection rules (接続運用規程) was accepted.            *)
Relays(i) == i \in Connected

(* NET-5: the provider's data travels on the network system's lines, via the *)
(* interface system, never straight to the inquirer.                         *)
DataVia == Interface

(* LOG-1: a party that cannot record refuses (fail closed). *)
FailClosed == TRUE
CoreSeesData == FALSE

Send(m) == net' = net \cup {m}

Init ==
    /\ net = {}
    /\ inquiry = [i \in Institutions |-> [s \in Serials(i) |-> "idle"]]
    /\ answers = [i \in Institutions |-> <<>>]
    /\ decided = {}
    /\ served = {}
    /\ staff = {}
    /\ parked = {}
    /\ records = [p \in Parties |-> {}]
    /\ losses = 0
    /\ dups = 0

(* Taking m off the network: removed, or (a bounded number of times) left *)
(* there to be delivered again.                                           *)
Take(m) ==
    \/ net' = net \ {m} /\ UNCHANGED dups
    \/ dups < MaxDup /\ dups' = dups + 1 /\ UNCHANGED net

TakeAndSend(m, out) ==
    \/ net' = (net \ {m}) \cup out /\ UNCHANGED dups
    \/ dups < MaxDup /\ dups' = dups + 1 /\ net' = net \cup out

-----------------------------------------------------------------------------
Answered(i, s) == inquiry[i][s] \in {"held", "refused", "provided"}

(* The inquirer of the query a message is about. *)
InquirerOf(m) == IF m.type = "query" THEN m.from
                 ELSE IF m.type \in {"notice", "report", "release"} THEN m.inquirer
                 ELSE m.to

(* No message about the query is on its way any more: it was lost. *)
Silent(i, s) == ~\E m \in net : InquirerOf(m) = i /\ m.serial = s

(* NET-1: the inquirer's server sends the query with its own code for the *)
(* person; it records the request first. It resends, under the same serial, *)
(* when its query has gone silent (a timeout).                             *)
SendQuery(i, s) ==
    LET q == Query(i, s) IN
    /\ inquiry[i][s] = "idle" \/ (inquiry[i][s] = "sent" /\ Silent(i, s))
    /\ Relays(i)
    /\ i \notin FailingStores \/ inquiry[i][s] = "sent"
    /\ inquiry' = [inquiry EXCEPT ![i][s] = "sent"]
    /\ records' = [records EXCEPT ![i] = @ \cup {Record("request", i, s, q, Code(i, q.person))}]
    /\ Send([type |-> "query", from |-> i, to |-> Core, via |-> Interface, serial |-> s,
             item |-> q.item, provider |-> q.provider, category |-> q.category,
             code |-> Code(i, q.person)])
    /\ UNCHANGED <<answers, decided, served, staff, parked, losses, dups>>

(* NET-2: the core decides (once per serial; a repeat gets the same answer), *)
(* translates the code, records, and notifies the provider or refuses.        *)
CoreReceiveQuery(m) ==
    /\ m \in net /\ m.type = "query"
    /\ LET i == m.from
           s == m.serial
           q == [item |-> m.item, provider |-> m.provider, category |-> m.category,
                 person |-> m.code[3]]
           prior == {d \in decided : d.inquirer = i /\ d.serial = s}
           allow == IF prior = {} THEN CoreDecides(i, q) /\ Relays(q.provider)
                    ELSE (CHOOSE d \in prior : TRUE).allow
           recorded == Core \notin FailingStores
           out == IF allow /\ recorded
                  THEN {[type |-> "notice", from |-> Core, to |-> q.provider, via |-> Interface,
                         inquirer |-> i, serial |-> s, item |-> q.item, category |-> q.category,
                         code |-> ProviderCode(i, q)]}
                  ELSE IF ReplyToRefusal
                  THEN {[type |-> "refused", from |-> Core, to |-> i, via |-> Interface, serial |-> s]}
                  ELSE {}
       IN /\ decided' = decided \cup {[inquirer |-> i, serial |-> s, allow |-> allow /\ recorded]}
          /\ records' = IF recorded
                        THEN [records EXCEPT ![Core] = @ \cup
                                {Record(IF allow THEN "request" ELSE "refusal", i, s, q,
                                        <<Code(i, q.person), ProviderCode(i, q)>>)}]
                        ELSE records
          /\ TakeAndSend(m, out)
    /\ UNCHANGED <<inquiry, answers, served, staff, parked, losses>>

(* The provider's server looks up its copy (IS-2) under its own code.     *)
(* Restricted information is held for a staff decision (IS-7); otherwise *)
(* the provider records the provision and hands the data to the interface *)
(* system. A provider that cannot record refuses.                        *)
ProviderOutcome(p, i, s, who, c) ==
    LET prior == {x \in served : x.provider = p /\ x.inquirer = i /\ x.serial = s}
    IN IF prior # {} THEN (CHOOSE x \in prior : TRUE).outcome
       ELSE IF p \in FailingStores /\ FailClosed THEN "refused"
       ELSE IF [provider |-> p, person |-> who, category |-> c] \notin Copies THEN "refused"
       ELSE IF HoldRestricted(p, who, c) THEN "held"
       ELSE "provided"

ProviderReply(p, i, s, who, c, outcome) ==
    CASE outcome = "provided" ->
            {[type |-> "data", from |-> p, to |-> i, via |-> DataVia, serial |-> s,
              data |-> ProvidedData(p, who, c)]}
      [] outcome = "held" ->
            {[type |-> "held", from |-> p, to |-> i, via |-> Interface, serial |-> s],
             [type |-> "report", from |-> p, to |-> Core, via |-> Interface, inquirer |-> i,
              serial |-> s, outcome |-> "held"]}
      [] OTHER ->
            {[type |-> "refused", from |-> p, to |-> i, via |-> Interface, serial |-> s],
             [type |-> "report", from |-> p, to |-> Core, via |-> Interface, inquirer |-> i,
              serial |-> s, outcome |-> "refused"]}

ProviderReceiveNotice(m) ==
    /\ m \in net /\ m.type = "notice"
    /\ LET p == m.to
           i == m.inquirer
           s == m.serial
           who == m.code[3]
           c == m.category
           first == ~\E x \in served : x.provider = p /\ x.inquirer = i /\ x.serial = s
           outcome == ProviderOutcome(p, i, s, who, c)
           q == [item |-> m.item, provider |-> p, category |-> c, person |-> who]
           kind == CASE outcome = "provided" -> "provision" [] outcome = "held" -> "hold" [] OTHER -> "refusal"
       IN /\ m.code[2] = p
          /\ served' = served \cup {[provider |-> p, inquirer |-> i, serial |-> s, outcome |-> outcome]}
          /\ records' = IF p \in FailingStores \/ ~first THEN records
                        ELSE [records EXCEPT ![p] = @ \cup {Record(kind, i, s, q, Code(p, who))}]
          /\ TakeAndSend(m, ProviderReply(p, i, s, who, c, outcome))
    /\ UNCHANGED <<inquiry, answers, decided, staff, parked, losses>>

(* IS-7: a member of the provider's staff decides on a held query. *)
StaffDecide(p, i, s, provide) ==
    /\ \E x \in served : x.provider = p /\ x.inquirer = i /\ x.serial = s /\ x.outcome = "held"
    /\ ~\E d \in staff : d.provider = p /\ d.inquirer = i /\ d.serial = s
    /\ p \notin FailingStores
    /\ LET q == Query(i, s)
           who == q.person
       IN /\ staff' = staff \cup {[provider |-> p, inquirer |-> i, serial |-> s, provide |-> provide]}
          /\ records' = [records EXCEPT ![p] = @ \cup
                           {Record(IF provide THEN "provision" ELSE "refusal", i, s, q, Code(p, who))}]
          /\ net' = net \cup
                  IF provide
                  THEN {[type |-> "data", from |-> p, to |-> i, via |-> DataVia, serial |-> s,
                         data |-> ProvidedData(p, who, q.category)]}
                  ELSE {[type |-> "refused", from |-> p, to |-> i, via |-> Interface, serial |-> s],
                        [type |-> "report", from |-> p, to |-> Core, via |-> Interface, inquirer |-> i,
                         serial |-> s, outcome |-> "refused"]}
    /\ UNCHANGED <<inquiry, answers, decided, served, parked, losses, dups>>

(* NET-4: the interface system takes the data, keeps it, and tells the   *)
(* core of the provision without the data; the core records it.           *)
InterfaceParkData(m) ==
    /\ m \in net /\ m.type = "data"
    /\ parked' = parked \cup {[inquirer |-> m.to, serial |-> m.serial, data |-> m.data]}
    /\ TakeAndSend(m, {[type |-> "report", from |-> m.from, to |-> Core, via |-> Interface,
                        inquirer |-> m.to, serial |-> m.serial, outcome |-> "provided"]
                       @@ (IF CoreSeesData THEN [data |-> m.data] ELSE <<>>)})
    /\ UNCHANGED <<inquiry, answers, decided, served, staff, records, losses>>

(* The core records a provider's outcome; for a provision it then lets   *)
(* the interface system release the data. A core that cannot record a    *)
(* provision refuses it: the parked data is never released.             *)
CoreReceiveReport(m) ==
    /\ m \in net /\ m.type = "report"
    /\ LET i == m.inquirer
           s == m.serial
           q == Query(i, s)
           kind == CASE m.outcome = "provided" -> "provision" [] m.outcome = "held" -> "hold" [] OTHER -> "refusal"
           ok == Core \notin FailingStores
       IN /\ records' = IF ok /\ ~Recorded(Core, kind, i, s)
                        THEN [records EXCEPT ![Core] = @ \cup
                                {Record(kind, i, s, q, <<Code(i, q.person), Code(q.provider, q.person)>>)}]
                        ELSE records
          /\ TakeAndSend(m, CASE m.outcome = "provided" /\ ok ->
                                  {[type |-> "release", from |-> Core, to |-> Interface, inquirer |-> i, serial |-> s]}
                              [] m.outcome = "provided" ->
                                  {[type |-> "refused", from |-> Core, to |-> i, via |-> Interface, serial |-> s]}
                              [] OTHER -> {})
    /\ UNCHANGED <<inquiry, answers, decided, served, staff, parked, losses>>

(* The interface system delivers parked data once the core has recorded. *)
InterfaceRelease(m) ==
    /\ m \in net /\ m.type = "release"
    /\ \E d \in parked :
        /\ d.inquirer = m.inquirer /\ d.serial = m.serial
        /\ TakeAndSend(m, {[type |-> "answer", from |-> Interface, to |-> d.inquirer,
                            serial |-> d.serial, data |-> d.data]})
    /\ UNCHANGED <<inquiry, answers, decided, served, staff, parked, records, losses>>

(* The interface system delivers parked data without the core's record:  *)
(* enabled only in the failure witness that drops the rule.              *)
InterfaceReleaseUnrecorded(d) ==
    /\ ~ReleaseNeedsCoreRecord
    /\ d \in parked
    /\ Send([type |-> "answer", from |-> Interface, to |-> d.inquirer, serial |-> d.serial, data |-> d.data])
    /\ UNCHANGED <<inquiry, answers, decided, served, staff, parked, records, losses, dups>>

(* The inquirer's server records the provision, then releases the data   *)
(* to its business system; a repeated answer changes nothing. One that   *)
(* cannot record refuses.                                                *)
InquirerReceiveAnswer(m) ==
    /\ m \in net /\ m.type = "answer"
    /\ LET i == m.to
           s == m.serial
           released == \E k \in DOMAIN answers[i] : answers[i][k].serial = s
       IN IF i \in FailingStores
          THEN /\ inquiry' = [inquiry EXCEPT ![i][s] = IF @ = "provided" THEN @ ELSE "refused"]
               /\ UNCHANGED <<answers, records>>
          ELSE /\ inquiry' = [inquiry EXCEPT ![i][s] = "provided"]
               /\ records' = IF Recorded(i, "provision", i, s) THEN records
                             ELSE [records EXCEPT ![i] = @ \cup {Record("provision", i, s, Query(i, s), Code(i, Query(i, s).person))}]
               /\ answers' = IF released /\ ReleaseOnce THEN answers
                             ELSE [answers EXCEPT ![i] = Append(@, [serial |-> s, data |-> m.data])]
    /\ Take(m)
    /\ UNCHANGED <<decided, served, staff, parked, losses>>

(* The inquirer learns of a hold or a refusal and records it. *)
InquirerReceiveStatus(m) ==
    /\ m \in net /\ m.type \in {"held", "refused"}
    /\ m.to \in Institutions
    /\ LET i == m.to
           s == m.serial
           kind == IF m.type = "held" THEN "hold" ELSE "refusal"
       IN /\ inquiry' = [inquiry EXCEPT ![i][s] =
                            IF @ = "provided" THEN @ ELSE IF m.type = "held" /\ @ = "refused" THEN @ ELSE m.type]
          /\ records' = IF i \in FailingStores \/ Recorded(i, kind, i, s) THEN records
                        ELSE [records EXCEPT ![i] = @ \cup {Record(kind, i, s, Query(i, s), Code(i, Query(i, s).person))}]
    /\ Take(m)
    /\ UNCHANGED <<answers, decided, served, staff, parked, losses>>

(* The network loses a message. *)
Lose(m) ==
    /\ m \in net
    /\ losses < MaxLoss
    /\ net' = net \ {m}
    /\ losses' = losses + 1
    /\ UNCHANGED <<inquiry, answers, decided, served, staff, parked, records, dups>>

Receive(m) ==
    \/ CoreReceiveQuery(m) \/ ProviderReceiveNotice(m) \/ InterfaceParkData(m)
    \/ CoreReceiveReport(m) \/ InterfaceRelease(m) \/ InquirerReceiveAnswer(m)
    \/ InquirerReceiveStatus(m)

Next ==
    \/ \E i \in Institutions : \E s \in Serials(i) : SendQuery(i, s)
    \/ \E m \in net : Receive(m) \/ Lose(m)
    \/ \E d \in parked : InterfaceReleaseUnrecorded(d)
    \/ \E p, i \in Institutions : \E s \in Serials(i) : \E b \in BOOLEAN : StaffDecide(p, i, s, b)

MessageTypes == {"query", "notice", "data", "report", "release", "answer", "held", "refused"}

(* Fairness: the inquirer keeps resending what is unanswered, staff decide  *)
(* eventually, and every kind of message about each query that stays       *)
(* deliverable is eventually delivered (losses and duplicates are bounded).*)
Fairness ==
    /\ \A i \in Institutions : \A s \in Serials(i) : WF_vars(SendQuery(i, s))
    /\ \A p, i \in Institutions : \A s \in Serials(i) : WF_vars(\E b \in BOOLEAN : StaffDecide(p, i, s, b))
    /\ \A t \in MessageTypes : \A i \in Institutions : \A s \in Serials(i) :
        WF_vars(\E m \in net : m.type = t /\ InquirerOf(m) = i /\ m.serial = s /\ Receive(m))

Spec == Init /\ [][Next]_vars /\ Fairness

-----------------------------------------------------------------------------
(* Properties *)

(* NET-2, NET-3: every answer released matches a rule of the table and a  *)
(* published assessment, and the core authorised that serial.             *)
Released(i) == {answers[i][k] : k \in DOMAIN answers[i]}

ProvisionsAuthorized ==
    \A i \in Institutions : \A a \in Released(i) :
        /\ Allowed(i, Query(i, a.serial))
        /\ [inquirer |-> i, serial |-> a.serial, allow |-> TRUE] \in decided

(* NET-4: no message to or from the core carries data, and the core holds none. *)
NoPayloadThroughCore ==
    /\ \A m \in net : (m.to = Core \/ m.from = Core) => ("data" \notin DOMAIN m)
    /\ \A r \in records[Core] : "data" \notin DOMAIN r

(* IS-7: restricted information is never provided without a staff decision to provide. *)
RestrictedNeedsStaff ==
    \A i \in Institutions : \A a \in Released(i) :
        LET q == Query(i, a.serial) IN
        [provider |-> q.provider, person |-> q.person, category |-> q.category] \in Restricted
            => [provider |-> q.provider, inquirer |-> i, serial |-> a.serial, provide |-> TRUE] \in staff

(* LOG-1: every answer released has its provision recorded by the inquirer, *)
(* the provider and the core.                                             *)
RecordsBeforeRelease ==
    \A i \in Institutions : \A a \in Released(i) :
        /\ Recorded(i, "provision", i, a.serial)
        /\ Recorded(Query(i, a.serial).provider, "provision", i, a.serial)
        /\ Recorded(Core, "provision", i, a.serial)

(* CODE-4, NET-1: an institution only ever holds codes of its own code space. *)
OwnCodeSpace ==
    /\ \A p \in Institutions : \A r \in records[p] : r.person[2] = p
    /\ \A m \in net : ("code" \in DOMAIN m /\ m.to \in Institutions) => m.code[2] = m.to

(* NET-3: at most one provision per serial, wherever it is counted. *)
AtMostOneProvision ==
    \A i \in Institutions : \A s \in Serials(i) :
        /\ Cardinality({k \in DOMAIN answers[i] : answers[i][k].serial = s}) <= 1
        /\ \A p \in Parties : Cardinality({r \in records[p] : r.kind = "provision" /\ r.inquirer = i /\ r.serial = s}) <= 1

(* NET-6: what is exchanged is column-4 data of the category asked for. *)
OnlyCategoryData ==
    \A i \in Institutions : \A a \in Released(i) :
        a.data = Data(Query(i, a.serial).provider, Query(i, a.serial).person, Query(i, a.serial).category)

(* NET-5: institutions exchange messages only over the network system's     *)
(* lines: every message to or from an institution goes to, comes from, or  *)
(* travels via the interface system.                                        *)
OnlyNetworkLines ==
    \A m \in net : (m.from \in Institutions \/ m.to \in Institutions) =>
        (m.from = Interface \/ m.to = Interface \/ m.via = Interface)

(* NET-7: only institutions whose self-check was accepted exchange anything. *)
OnlyConnectedExchange ==
    \A m \in net : /\ (m.from \in Institutions => m.from \in Connected)
                  /\ (m.to \in Institutions => m.to \in Connected)

(* Liveness: every query is eventually answered, held or refused. *)
EveryQueryAnswered ==
    \A i \in Institutions : \A s \in Serials(i) : inquiry[i][s] = "sent" ~> Answered(i, s)
=============================================================================
