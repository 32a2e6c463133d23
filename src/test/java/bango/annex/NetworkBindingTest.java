package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.intermediate.IntermediateServer;
import bango.network.Authorization;
import org.junit.jupiter.api.Test;

/** The table as the network uses it: the core's verdict is the Authorizer's, the vocabulary the table's. */
class NetworkBindingTest {

    static final AnnexTable TABLE = AnnexTable.bundled();
    static final InstitutionRegistry REGISTRY = InstitutionRegistry.sample();
    static final Authorizer AUTHORIZER = new Authorizer(TABLE, REGISTRY);

    @Test
    @Covers("NET-2")
    void theVerdictIsTheAuthorizersWithItsItemOrItsReason() {
        Authorization core = NetworkBinding.authorization(AUTHORIZER);
        int allowed = 0;
        int denied = 0;
        for (Rule r : TABLE.rules().subList(0, 40)) {
            for (RegisteredInstitution i : REGISTRY.all()) {
                for (RegisteredInstitution p : REGISTRY.all()) {
                    Decision d = AUTHORIZER.decide(i.id(), r.item(), p.id(), r.category());
                    Authorization.Verdict v = core.decide(i.id(), r.item(), p.id(), r.category().name());
                    if (d instanceof Decision.Allow a) {
                        assertEquals(Authorization.Verdict.allow(a.item()), v);
                        allowed++;
                    } else {
                        assertEquals(Authorization.Verdict.deny(((Decision.Deny) d).detail()), v);
                        denied++;
                    }
                }
            }
        }
        assertTrue(allowed > 0 && denied > 0, allowed + " allowed, " + denied + " denied");
    }

    @Test
    @Covers("NET-2")
    void theVocabularyIsTheTablesItemsAndCategoriesAndTheRegistrysInstitutions() {
        IntermediateServer.Vocabulary v = NetworkBinding.vocabulary(TABLE, REGISTRY);
        assertTrue(v.item().test(1));
        assertTrue(v.item().test(TABLE.items()));
        assertFalse(v.item().test(0));
        assertFalse(v.item().test(TABLE.items() + 1));
        for (RegisteredInstitution i : REGISTRY.all()) {
            assertTrue(v.institution().test(i.id().value()), i.toString());
        }
        assertFalse(v.institution().test(999_999));
        TABLE.categories().forEach(c -> assertTrue(v.category().test(c.name()), c.name()));
        assertFalse(v.category().test("氏名"));
    }
}
