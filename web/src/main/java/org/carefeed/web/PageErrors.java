package org.carefeed.web;

import java.util.List;
import java.util.Optional;

/** The errors of a page, in the order of its fields: what the error summary and inline errors show. */
public record PageErrors(List<PageError> list) {

    public static final PageErrors NONE = new PageErrors(List.of());

    public PageErrors {
        list = List.copyOf(list);
    }

    public static PageErrors of(PageError... errors) {
        return new PageErrors(List.of(errors));
    }

    public boolean any() {
        return !list.isEmpty();
    }

    public boolean has(String field) {
        return first(field).isPresent();
    }

    /** The first error of the field, or null: a field shows one error at a time. */
    public String messageFor(String field) {
        return first(field).map(PageError::message).orElse(null);
    }

    private Optional<PageError> first(String field) {
        return list.stream().filter(error -> error.field().equals(field)).findFirst();
    }
}
