package fr.vigie.scoring.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import fr.vigie.scoring.ChannelResult;

/** The per-channel bar chart, as the dashboard and a site's page both show it. */
final class ChannelChart {

	private ChannelChart() {
	}

	static Html of(Component ui, List<ChannelResult> results, double passThreshold) {
		List<Charts.Bar> bars = results.stream()
			.map((channel) -> new Charts.Bar(ui.getTranslation(channel.channel().messageKey()),
					(channel.mark() != null) ? channel.mark().value() : 0,
					Texts.mark(channel.mark()) + " · "
							+ ui.getTranslation("dashboard.tests", Texts.tests(channel.mark())),
					Texts.tone(channel.verdict())))
			.toList();
		return Charts.bars(ui.getTranslation("dashboard.channels"), ui.getTranslation("dashboard.channels.summary"),
				bars, 10, passThreshold, ui.getTranslation("dashboard.threshold", Charts.decimal(passThreshold)),
				ui.getTranslation("dashboard.chartData"),
				List.of(ui.getTranslation("dashboard.channel"), ui.getTranslation("dashboard.mark")));
	}

}
