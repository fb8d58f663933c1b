package org.carefeed.choice.change;

import java.util.Collection;
import java.util.Map;

/**
 * Finds the current public state of the things of one kind that changes name. Each feature that
 * announces changes provides one, so the change feed depends on none of them.
 */
public interface ChangeResolver {

    /** The {@link ChangeNotice} kind this resolves. */
    String kind();

    /**
     * The current state of each id, read in one go. An id missing from the answer is no longer public at
     * all, and goes out as {@code removed}.
     */
    Map<String, State> states(Collection<String> ids);

    /**
     * @param change what the thing's state now is: {@code published}, {@code upserted}, {@code closed},
     *               or why a review was taken down ({@code withdrawn}, {@code removed}, {@code expired},
     *               {@code erased})
     * @param data   its public data; null when there is none to show (a review taken down)
     */
    record State(String change, Object data) {
    }
}
