package org.roundtable.server.pages;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.queries.IndicatorList;
import org.roundtable.api.queries.IndicatorView;

/** A partnership's adopted indicators by id, for the pages that show the indicators a proposal cites by id. */
public record IndicatorNames(Map<IndicatorId, IndicatorView> indicators) {

    static IndicatorNames of(IndicatorList list) {
        return new IndicatorNames(
                list.indicators().stream().collect(Collectors.toMap(IndicatorView::indicatorId, Function.identity())));
    }

    /** The indicator's name; its id when the list does not know it (a cited indicator was adopted before). */
    public String of(IndicatorId indicatorId) {
        IndicatorView indicator = indicators.get(indicatorId);
        return indicator == null ? indicatorId.toString() : indicator.name();
    }

    /** The unit its values are in; none when the list does not know it. */
    public String unit(IndicatorId indicatorId) {
        IndicatorView indicator = indicators.get(indicatorId);
        return indicator == null ? "" : indicator.unit();
    }
}
