package org.carefeed.choice.imports;

/** One row cannot be imported; it is reported with its line number and skipped. */
public class BadRowException extends RuntimeException {

    public BadRowException(String reason) {
        super(reason);
    }
}
