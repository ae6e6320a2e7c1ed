package fr.vigie.scoring.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.vigie.scoring.Thresholds;

/**
 * The scoring rules in plain words, next to the figures they explain (the same rules as
 * README's "Scoring rules" and {@code ScoringRules}).
 */
class ScoringHelp extends Details {

	ScoringHelp(Thresholds thresholds) {
		setSummaryText(getTranslation("scoring.help.title"));
		addClassName("scoring-help");
		UnorderedList rules = new UnorderedList();
		for (int i = 1; i <= 6; i++) {
			rules.add(new ListItem(getTranslation("scoring.help.rule" + i, Charts.decimal(thresholds.pass()),
					Charts.decimal(thresholds.excellence()), thresholds.minimumSample(),
					Charts.decimal(thresholds.bronze()), Charts.decimal(thresholds.argent()),
					Charts.decimal(thresholds.or()))));
		}
		add(new Div(rules, new Paragraph(getTranslation("scoring.help.label"))));
	}

}
