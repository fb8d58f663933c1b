package org.carefeed.choice.summary;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeResolver;
import org.springframework.stereotype.Component;

/** A provider's figures in the change feed, as its profile shows them. */
@Component
class FigureChanges implements ChangeResolver {

    private final ProviderSummaries summaries;

    FigureChanges(ProviderSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public String kind() {
        return ChangeNotice.FIGURES;
    }

    @Override
    public Map<String, State> states(Collection<String> codes) {
        return summaries.of(codes).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, figures -> new State("upserted", figures.getValue())));
    }
}
