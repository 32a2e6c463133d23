package bango.bench;

import bango.identity.CheckDigits;
import bango.vault.Ff1;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issuing individual numbers: FF1 (AES-256, radix 10) over 11-digit resident codes with the tweak of
 * generation 0, then the check digit. Both benchmarks issue the same {@value #BATCH} pre-generated
 * resident codes per invocation; scores are per issued number.
 *
 * <p>State is per thread: each thread has its own {@link Ff1} and Bouncy Castle engine, as an
 * issuing service would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FpeIssuanceBenchmark {

    /** Numbers issued per benchmark invocation. */
    public static final int BATCH = 4096;

    static final int DIGITS = 11;
    static final long SEED = 125_000_000L;

    /** Generation 0 as 2 bytes big-endian, then attempt counter 0 as 2 bytes. */
    static final byte[] GENERATION_0 = {0, 0, 0, 0};

    long[] residentCodes;
    long[] bodies;
    long[] issued;
    private Ff1 ff1;
    private FPEFF1Engine bouncyCastle;
    private final byte[] digitsIn = new byte[DIGITS];
    private final byte[] digitsOut = new byte[DIGITS];

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(SEED);
        byte[] key = new byte[32]; // a benchmark key from a fixed seed, not a real one
        random.nextBytes(key);
        residentCodes = new long[BATCH];
        for (int k = 0; k < BATCH; k++) {
            long body = random.nextLong(10_000_000_000L);
            residentCodes[k] = body * 10 + CheckDigits.residentCode(body);
        }
        bodies = new long[BATCH];
        issued = new long[BATCH];
        ff1 = new Ff1(new SecretKeySpec(key, "AES"));
        bouncyCastle = new FPEFF1Engine();
        bouncyCastle.init(true, new FPEParameters(new KeyParameter(key), 10, GENERATION_0.clone()));
    }

    /** Ours: one batch call, then the check digit. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long ours() {
        ff1.encrypt(residentCodes, bodies, BATCH, DIGITS, GENERATION_0);
        long digest = 0;
        for (int k = 0; k < BATCH; k++) {
            long number = bodies[k] * 10 + CheckDigits.individualNumber(bodies[k]);
            issued[k] = number;
            digest ^= number;
        }
        return digest;
    }

    /** Bouncy Castle's FPEFF1Engine, one number at a time (its API), then the check digit. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long bouncyCastle() {
        long digest = 0;
        for (int k = 0; k < BATCH; k++) {
            long x = residentCodes[k];
            for (int i = DIGITS - 1; i >= 0; i--) {
                digitsIn[i] = (byte) (x % 10);
                x /= 10;
            }
            bouncyCastle.processBlock(digitsIn, 0, DIGITS, digitsOut, 0);
            long body = 0;
            for (int i = 0; i < DIGITS; i++) {
                body = body * 10 + digitsOut[i];
            }
            long number = body * 10 + CheckDigits.individualNumber(body);
            issued[k] = number;
            digest ^= number;
        }
        return digest;
    }
}
