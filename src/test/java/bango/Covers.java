package bango;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The requirement IDs (ID-1..ID-8, CODE-1..CODE-5, as named by the invariants of
 * specs/tla/Identifiers.tla) a test class or test method checks. The traceability report reads
 * these at run time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Covers {

    /** Requirement IDs, e.g. {@code {"ID-3", "ID-8"}}. */
    String[] value();
}
