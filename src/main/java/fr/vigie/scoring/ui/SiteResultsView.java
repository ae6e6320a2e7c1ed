package fr.vigie.scoring.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.vigie.identity.Role;
import fr.vigie.scoring.ActionView;
import fr.vigie.scoring.EngagementResult;
import fr.vigie.scoring.Finding;
import fr.vigie.scoring.ReferentialOption;
import fr.vigie.scoring.ScoreQuery;
import fr.vigie.scoring.ScoringManagement;
import fr.vigie.scoring.SiteDetail;
import fr.vigie.scoring.TestRecord;
import fr.vigie.scoring.WaveResult;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.GridAccessibility;
import jakarta.annotation.security.RolesAllowed;

/**
 * A site's results over the dashboard's query: verdict, mark with its sample and
 * interval, label estimate, engagements and channels against the threshold, trend, the
 * tests behind the figures (auditor codes only), findings and corrective actions.
 */
@Route("dashboard/site/:siteId")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.DIRECTOR, Role.Names.ADMIN })
class SiteResultsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

	private final ScoringManagement scoring;

	private final Clock clock;

	private String title = "";

	SiteResultsView(ScoringManagement scoring, Clock clock) {
		this.scoring = scoring;
		this.clock = clock;
		addClassNames("page", "site-results-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		String siteId = event.getRouteParameters().get("siteId").orElse("");
		List<ReferentialOption> referentials = this.scoring.referentials();
		Optional<ScoreQuery> query = Filters.read(event.getLocation().getQueryParameters(), referentials,
				Filters.periods(this, this.clock).get(0));
		if (query.isEmpty()) {
			add(new H1(getTranslation("siteResults.title.unknown")), new Paragraph(getTranslation("dashboard.empty")));
			return;
		}
		try {
			render(this.scoring.siteDetail(siteId, query.get(), DashboardView.WAVES));
		}
		catch (UserFacingException ex) {
			this.title = getTranslation("siteResults.title.unknown");
			add(new H1(this.title), new Paragraph(getTranslation(ex.messageKey(), ex.arguments())));
		}
	}

	private void render(SiteDetail site) {
		this.title = getTranslation("siteResults.title", site.siteName());
		Anchor back = new Anchor("dashboard?" + Filters.write(site.query()).getQueryString(),
				getTranslation("siteResults.back"));
		Anchor report = new Anchor("reports?site=" + site.siteId(), getTranslation("siteResults.report"));
		Div links = new Div(back, report);
		links.addClassName("result-links");
		add(new H1(this.title), links);
		Paragraph period = new Paragraph(
				getTranslation("siteResults.period", Texts.date(site.query().from()), Texts.date(site.query().to())));
		Div verdict = new Div(Texts.verdict(this, site.verdict()), new Span(Texts.markWithSample(this, site.overall())),
				new Span(getTranslation("siteResults.label", getTranslation(site.label().messageKey()))));
		verdict.addClassName("dashboard-overall");
		add(section("siteResults.summary", period, verdict, new ScoringHelp(site.thresholds())));

		List<Charts.Bar> engagements = new ArrayList<>();
		for (EngagementResult engagement : site.engagements()) {
			String flag = (engagement.mark() != null && engagement.mark().blockingFailed())
					? " · " + getTranslation("siteResults.blocking") : "";
			engagements.add(new Charts.Bar(engagement.code() + " " + shorten(engagement.name()),
					(engagement.mark() != null) ? engagement.mark().value() : 0,
					Texts.mark(engagement.mark()) + " · "
							+ getTranslation("dashboard.tests", Texts.tests(engagement.mark())) + flag,
					Texts.tone(engagement.verdict())));
		}
		Html engagementChart = Charts.bars(getTranslation("siteResults.engagements"),
				getTranslation("siteResults.engagements.summary"), engagements, 10, site.thresholds().pass(),
				getTranslation("dashboard.threshold", Charts.decimal(site.thresholds().pass())),
				getTranslation("dashboard.chartData"),
				List.of(getTranslation("siteResults.engagement"), getTranslation("dashboard.mark")));
		Html channelChart = ChannelChart.of(this, site.channels(), site.thresholds().pass());
		List<Charts.Point> points = new ArrayList<>();
		for (WaveResult wave : site.trend()) {
			points.add(new Charts.Point(wave.label(), (wave.mark() != null) ? wave.mark().value() : null,
					Texts.mark(wave.mark()), Texts.markWithSample(this, wave.mark())));
		}
		Html trend = Charts.line(getTranslation("dashboard.trend"), getTranslation("siteResults.trend.summary"), points,
				site.thresholds().pass(),
				getTranslation("dashboard.threshold", Charts.decimal(site.thresholds().pass())),
				getTranslation("dashboard.chartData"),
				List.of(getTranslation("dashboard.wave"), getTranslation("dashboard.mark")));
		Div charts = new Div(section("siteResults.engagements", engagementChart),
				section("dashboard.channels", channelChart), section("dashboard.trend", trend));
		charts.addClassName("dashboard-charts");
		add(charts, history(site.tests()), findings(site.findings()), actions(site.actions()));
	}

	private Section history(List<TestRecord> tests) {
		Grid<TestRecord> grid = new Grid<>();
		grid.addColumn((test) -> Texts.date(test.testedOn())).setHeader(getTranslation("siteResults.date"));
		grid.addColumn((test) -> getTranslation(test.channel().messageKey()))
			.setHeader(getTranslation("dashboard.channel"));
		grid.addColumn(TestRecord::scenario).setHeader(getTranslation("siteResults.scenario")).setFlexGrow(3);
		grid.addColumn(TestRecord::auditorCode).setHeader(getTranslation("siteResults.auditor"));
		grid.addColumn((test) -> Texts.mark(test.mark())).setHeader(getTranslation("dashboard.mark"));
		grid.setItems(tests);
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("siteResults.history"));
		GridAccessibility.hideSizerRow(grid);
		return section("siteResults.history", tests.isEmpty() ? new Paragraph(getTranslation("scoring.noTest")) : grid);
	}

	private Section findings(List<Finding> findings) {
		Grid<Finding> grid = new Grid<>();
		grid.addColumn(Finding::reference).setHeader(getTranslation("actions.reference")).setFlexGrow(0);
		grid.addColumn((finding) -> getTranslation(finding.grade().messageKey()))
			.setHeader(getTranslation("actions.grade"));
		grid.addColumn((finding) -> finding.itemRef() + " " + finding.itemName())
			.setHeader(getTranslation("actions.item"))
			.setFlexGrow(3);
		grid.addColumn((finding) -> getTranslation(finding.channel().messageKey()))
			.setHeader(getTranslation("dashboard.channel"));
		grid.addColumn((finding) -> Texts.date(finding.observedOn())).setHeader(getTranslation("siteResults.date"));
		grid.addColumn(Finding::comment).setHeader(getTranslation("actions.comment")).setFlexGrow(3);
		grid.setItems(findings);
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("siteResults.findings"));
		GridAccessibility.hideSizerRow(grid);
		return section("siteResults.findings",
				findings.isEmpty() ? new Paragraph(getTranslation("siteResults.findings.none")) : grid);
	}

	private Section actions(List<ActionView> actions) {
		Grid<ActionView> grid = ActionGrids.actions(this);
		grid.setItems(actions);
		grid.setAllRowsVisible(true);
		return section("siteResults.actions",
				actions.isEmpty() ? new Paragraph(getTranslation("siteResults.actions.none")) : grid);
	}

	private static String shorten(String text) {
		return (text.length() > 22) ? text.substring(0, 21) + "…" : text;
	}

	private Section section(String titleKey, Component... components) {
		Section section = new Section(new H2(getTranslation(titleKey)));
		section.add(components);
		section.addClassName("dashboard-section");
		return section;
	}

	@Override
	public String getPageTitle() {
		return this.title + " – " + getTranslation("app.name");
	}

}
