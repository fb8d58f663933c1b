package org.carefeed.choice.imports;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** Iterates rows read one ahead from a file; the reader returns null at the end. */
final class RowIterator implements Iterator<Row> {

    private final Supplier<Row> reader;
    private Row next;

    RowIterator(Supplier<Row> reader) {
        this.reader = reader;
        this.next = reader.get();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Row next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = reader.get();
        return row;
    }
}
