package bango.conformance;

import bango.codes.AesCodePermutation;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.institution.Institution;
import bango.issuance.Issuance;
import bango.jlis.Ff1NumberPermutation;
import bango.jlis.Jlis;
import bango.jlis.JlisException;
import bango.jlis.NumberPermutation;
import bango.register.Municipality;
import bango.register.PersonName;
import bango.register.Resident;
import bango.register.ResidentRegister;
import bango.register.Sex;
import bango.register.SyntheticPopulation;
import bango.trace.IdentifiersTraceModule;
import bango.trace.RecordingTracer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.spec.SecretKeySpec;

/**
 * A random scenario of identifier issuance: residents of a few municipalities get numbers and
 * changes of number, institutions obtain codes for numbers residents give them (current ones or
 * replaced ones), and J-LIS serves the waiting code requests in any order.
 *
 * @param seed drives keys, the narrow permutation and resident data
 * @param residents 1..10 residents, spread over {@code municipalities}
 * @param municipalities 1..3
 * @param institutions 1..3
 * @param narrow whether the number permutation is {@link NarrowPermutation} (collisions) or FF1
 * @param ops the operations, each an int triple interpreted modulo the world's sizes
 */
record IdentifierScenario(long seed, int residents, int municipalities, int institutions, boolean narrow,
                          List<int[]> ops) {

    /** Operation kinds, the first int of an op. */
    static final int DESIGNATE = 0;
    static final int CHANGE = 1;
    static final int REQUEST_CODE = 2;
    static final int PROCESS = 3;
    static final int KINDS = 4;

    /** Runs the scenario as run number {@code runIndex} (which fixes its resident codes) and returns its trace. */
    IdentifiersTraceModule.Run run(int runIndex) {
        RecordingTracer tracer = new RecordingTracer();
        return run(runIndex, new Issuance(permutation(), codePermutation(), tracer), tracer);
    }

    NumberPermutation permutation() {
        return narrow ? new NarrowPermutation(seed) : new Ff1NumberPermutation(key(seed, 1));
    }

    AesCodePermutation codePermutation() {
        return new AesCodePermutation(key(seed, 2));
    }

    /** Runs the scenario against {@code world}, which reports to {@code tracer}. */
    IdentifiersTraceModule.Run run(int runIndex, Issuance world, RecordingTracer tracer) {
        List<Municipality> towns = SyntheticPopulation.MUNICIPALITIES.subList(0, municipalities);
        List<ResidentCode> codes = residentCodes(runIndex, residents);
        Map<String, String> homes = new LinkedHashMap<>();
        Random random = new Random(seed);
        for (int r = 0; r < residents; r++) {
            Municipality town = towns.get(r % municipalities);
            world.register(town).add(resident(codes.get(r), town, random));
            homes.put(codes.get(r).digits(), town.code());
        }
        // Every number each resident has had, oldest first: residents may give an old one.
        List<List<IndividualNumber>> numbersOf = new ArrayList<>();
        for (int r = 0; r < residents; r++) {
            numbersOf.add(new ArrayList<>());
        }
        for (int[] op : ops) {
            int r = Math.floorMod(op[1], residents);
            ResidentCode rc = codes.get(r);
            ResidentRegister register = world.register(towns.get(r % municipalities));
            switch (op[0]) {
                case DESIGNATE -> {
                    IndividualNumber n = register.designate(rc);
                    if (numbersOf.get(r).isEmpty()) {
                        numbersOf.get(r).add(n);
                    }
                }
                case CHANGE -> {
                    if (!numbersOf.get(r).isEmpty()) {
                        numbersOf.get(r).add(register.change(rc));
                    }
                }
                case REQUEST_CODE -> {
                    List<IndividualNumber> own = numbersOf.get(r);
                    if (!own.isEmpty()) {
                        Institution institution = world.institution(new InstitutionId(1 + Math.floorMod(op[2], institutions)));
                        institution.requestCode(own.get(Math.floorMod(op[2] / institutions, own.size())));
                    }
                }
                case PROCESS -> {
                    List<Jlis.WaitingRequest> waiting = world.jlis().pendingCodeRequests();
                    if (!waiting.isEmpty()) {
                        Jlis.WaitingRequest request = waiting.get(Math.floorMod(op[2], waiting.size()));
                        world.jlis().processCodeRequest(request.institution(), request.serial());
                    }
                }
                default -> throw new IllegalArgumentException("unknown op " + op[0]);
            }
        }
        // Serve whatever still waits, so every run ends with no request in flight.
        for (Jlis.WaitingRequest request : world.jlis().pendingCodeRequests()) {
            try {
                world.jlis().processCodeRequest(request.institution(), request.serial());
            } catch (JlisException e) {
                throw new AssertionError("a waiting request could not be served", e);
            }
        }
        return new IdentifiersTraceModule.Run(tracer.events(), homes);
    }

    /**
     * Resident codes of run {@code runIndex}: bodies sharing nine leading digits that no other run
     * uses, so that a narrow permutation makes them collide and runs never share a resident code.
     */
    static List<ResidentCode> residentCodes(int runIndex, int count) {
        long prefix = 100_000_000L + runIndex * 7_919L;
        List<ResidentCode> codes = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            codes.add(ResidentCode.fromBody(prefix * 10 + d));
        }
        return codes;
    }

    private static Resident resident(ResidentCode rc, Municipality town, Random random) {
        return new Resident(rc, new PersonName("山田", "花子", "ヤマダ", "ハナコ"),
                LocalDate.of(1950 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                random.nextBoolean() ? Sex.MALE : Sex.FEMALE, town, town.addressPrefix() + "1丁目1番1号");
    }

    private static SecretKeySpec key(long seed, int which) {
        byte[] bytes = new byte[32];
        new Random(seed * 31 + which).nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }
}
