package org.carefeed.choice.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeResolver;
import org.springframework.stereotype.Component;

/** A provider's indicators in the change feed: its latest value of each, as its profile shows them. */
@Component
class IndicatorChanges implements ChangeResolver {

    private final LatestIndicators indicators;

    IndicatorChanges(LatestIndicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public String kind() {
        return ChangeNotice.INDICATORS;
    }

    @Override
    public Map<String, State> states(Collection<String> codes) {
        Map<String, Map<String, LatestIndicators.Figure>> latest = indicators.of(codes);
        return codes.stream().collect(Collectors.toMap(Function.identity(), code -> new State("upserted",
                List.copyOf(latest.getOrDefault(code, Map.of()).values()))));
    }
}
