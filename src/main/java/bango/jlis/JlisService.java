package bango.jlis;

import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.identity.InvalidNumberException;
import bango.network.Wire;
import bango.network.http.ApiException;
import bango.network.http.JsonHttpServer;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.LongPredicate;

/**
 * J-LIS (地方公共団体情報システム機構) on the network's edge: an institution's business system that
 * meets a number it has no code for sends the number here (CODE-1); J-LIS converts it to the resident
 * code in its own table (ID-7) and has the core system issue the institution's code (CODE-2, CODE-3),
 * which goes back to that institution only. J-LIS never answers with a resident code or a number.
 */
public final class JlisService implements AutoCloseable {

    /** The code issuance behind the service: J-LIS's conversion and the core's code, for one institution. */
    @FunctionalInterface
    public interface CodeIssuance {
        InstitutionCode codeFor(InstitutionId institution, IndividualNumber number);
    }

    record CodeRequest(long institution, String number) {
    }

    private final JsonHttpServer http;

    public JlisService(CodeIssuance issuance, LongPredicate knownInstitution, IntSupplier issued) {
        Objects.requireNonNull(issuance, "issuance");
        Objects.requireNonNull(knownInstitution, "knownInstitution");
        Objects.requireNonNull(issued, "issued");
        this.http = new JsonHttpServer("jlis")
                .route("POST", "/v1/code-requests", (p, body) -> {
                    CodeRequest r = Wire.one(body, CodeRequest.class);
                    if (!knownInstitution.test(r.institution())) {
                        throw ApiException.unprocessable("unknown-institution", "no institution I" + r.institution());
                    }
                    IndividualNumber number;
                    try {
                        number = IndividualNumber.parse(r.number() == null ? "" : r.number());
                    } catch (InvalidNumberException e) {
                        throw ApiException.unprocessable("invalid-number", "not a valid individual number: " + e.rule());
                    }
                    try {
                        return Map.of("institution", r.institution(),
                                "code", issuance.codeFor(new InstitutionId(r.institution()), number).text());
                    } catch (JlisException e) {
                        throw ApiException.unprocessable("number-refused", "J-LIS refused the number: " + e.reason());
                    }
                })
                .route("GET", "/v1/status", (p, body) -> Map.of("numbersIssued", issued.getAsInt()));
    }

    public JlisService start(int port) throws Exception {
        http.start(port);
        return this;
    }

    public JsonHttpServer http() {
        return http;
    }

    @Override
    public void close() {
        http.close();
    }
}
