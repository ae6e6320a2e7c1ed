package fr.vigie.scoring.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.vigie.identity.Role;
import fr.vigie.scoring.Dashboard;
import fr.vigie.scoring.EngagementResult;
import fr.vigie.scoring.Heatmap;
import fr.vigie.scoring.ItemConformity;
import fr.vigie.scoring.ReferentialOption;
import fr.vigie.scoring.ScoreQuery;
import fr.vigie.scoring.ScoringManagement;
import fr.vigie.scoring.SiteResult;
import fr.vigie.scoring.Verdict;
import fr.vigie.scoring.WaveResult;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.GridAccessibility;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * The directors' dashboard: for a referential version and any period, the sites of the
 * user's scope by verdict, the distribution of marks, the trend over the last quarters,
 * the score per channel, the league table (each site opens its results page), a heatmap
 * site × engagement, the best and worst items, and exports of the figures.
 */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 5, icon = "vaadin:dashboard")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.DIRECTOR, Role.Names.ADMIN })
class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

	/** The heatmap lists this many sites on screen; exports hold them all. */
	static final int HEATMAP_ROWS = 60;

	static final int WAVES = 8;

	private final ScoringManagement scoring;

	private final List<ReferentialOption> referentials;

	private final List<Filters.Period> periods;

	private final Select<ReferentialOption> referential = new Select<>();

	private final Select<Filters.Period> period = new Select<>();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Div content = new Div();

	DashboardView(ScoringManagement scoring, Clock clock) {
		this.scoring = scoring;
		this.referentials = scoring.referentials();
		this.periods = Filters.periods(this, clock);
		addClassNames("page", "dashboard-view");
		add(new H1(getTranslation("dashboard.title")));
		if (this.referentials.isEmpty()) {
			add(new Paragraph(getTranslation("dashboard.empty")));
			return;
		}
		add(filters(), this.content);
	}

	private Component filters() {
		this.referential.setLabel(getTranslation("dashboard.referential"));
		this.referential.setItems(this.referentials);
		this.referential.setItemLabelGenerator(ReferentialOption::label);
		this.period.setLabel(getTranslation("dashboard.period"));
		this.period.setItems(this.periods);
		String custom = getTranslation("dashboard.period.custom");
		// The empty choice stands for dates typed by hand.
		this.period.setItemLabelGenerator((value) -> (value != null) ? value.label() : custom);
		this.period.setEmptySelectionAllowed(true);
		this.period.setEmptySelectionCaption(custom);
		this.period.addValueChangeListener((event) -> {
			if (event.isFromClient() && event.getValue() != null) {
				this.from.setValue(event.getValue().from());
				this.to.setValue(event.getValue().to());
			}
		});
		this.from.setLabel(getTranslation("dashboard.from"));
		this.to.setLabel(getTranslation("dashboard.to"));
		Button show = new Button(getTranslation("dashboard.show"), VaadinIcon.REFRESH.create(), (click) -> show());
		show.addThemeVariants(ButtonVariant.PRIMARY);
		FormLayout form = new FormLayout(this.referential, this.period, this.from, this.to);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2),
				new FormLayout.ResponsiveStep("900px", 4));
		Div filters = new Div(form, show);
		filters.addClassName("dashboard-filters");
		return filters;
	}

	private void show() {
		try {
			ScoreQuery query = new ScoreQuery(
					(this.referential.getValue() != null) ? this.referential.getValue().id() : null,
					this.from.getValue(), this.to.getValue());
			UI.getCurrent().navigate(DashboardView.class, Filters.write(query));
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.referentials.isEmpty()) {
			return;
		}
		Optional<ScoreQuery> query = Filters.read(event.getLocation().getQueryParameters(), this.referentials,
				this.periods.get(0));
		query.ifPresent(this::render);
	}

	private void render(ScoreQuery query) {
		this.referential.setValue(this.referentials.stream()
			.filter((option) -> option.id().equals(query.referentialVersionId()))
			.findFirst()
			.orElse(null));
		this.period.setValue(this.periods.stream()
			.filter((candidate) -> candidate.from().equals(query.from()) && candidate.to().equals(query.to()))
			.findFirst()
			.orElse(null));
		this.from.setValue(query.from());
		this.to.setValue(query.to());
		this.content.removeAll();
		Dashboard dashboard = this.scoring.dashboard(query, WAVES);
		if (dashboard.sites().isEmpty()) {
			this.content.add(new Paragraph(getTranslation("dashboard.noScope")));
			return;
		}
		this.content.add(new ScoringHelp(dashboard.thresholds()), summary(dashboard), charts(dashboard),
				league(dashboard), heatmap(dashboard), items(dashboard), exports(dashboard));
	}

	private Section summary(Dashboard dashboard) {
		Div overall = new Div(new Span(getTranslation("dashboard.overall")),
				new Span(Texts.markWithSample(this, dashboard.overall())));
		overall.addClassName("dashboard-overall");
		long judged = dashboard.sites().stream().filter((site) -> site.verdict().judged()).count();
		long passed = dashboard.sites().stream().filter((site) -> site.verdict().passed()).count();
		Paragraph share = new Paragraph(getTranslation("dashboard.share", passed, judged,
				Charts.decimal(dashboard.thresholds().pass()), dashboard.sites().size()));
		List<Charts.Bar> bars = new ArrayList<>();
		for (Verdict verdict : Verdict.values()) {
			int count = dashboard.sitesWith(verdict);
			bars.add(new Charts.Bar(getTranslation(verdict.messageKey()), count, Integer.toString(count),
					Texts.tone(verdict)));
		}
		Html verdicts = Charts.bars(getTranslation("dashboard.verdicts"),
				getTranslation("dashboard.verdicts.summary", passed, judged), bars, dashboard.sites().size(), null,
				null, getTranslation("dashboard.chartData"),
				List.of(getTranslation("dashboard.verdict"), getTranslation("dashboard.sites")));
		return section("dashboard.summary", overall, share, verdicts);
	}

	private Div charts(Dashboard dashboard) {
		List<String> bands = new ArrayList<>();
		for (int band = 0; band < 10; band++) {
			bands.add(band + "–" + (band + 1));
		}
		int reference = (int) Math.floor(dashboard.thresholds().pass());
		Html distribution = Charts.histogram(getTranslation("dashboard.distribution"),
				getTranslation("dashboard.distribution.summary"), bands, dashboard.distribution(), reference,
				getTranslation("dashboard.threshold", Charts.decimal(dashboard.thresholds().pass())),
				getTranslation("dashboard.chartData"),
				List.of(getTranslation("dashboard.band"), getTranslation("dashboard.sites")));
		List<Charts.Point> points = new ArrayList<>();
		for (WaveResult wave : dashboard.trend()) {
			points.add(new Charts.Point(wave.label(), (wave.mark() != null) ? wave.mark().value() : null,
					Texts.mark(wave.mark()),
					(wave.mark() != null) ? getTranslation("dashboard.trend.point", Charts.decimal(wave.mark().value()),
							wave.mark().tests(), Charts.decimal(wave.passedPercent())) : "—"));
		}
		Html trend = Charts.line(getTranslation("dashboard.trend"), getTranslation("dashboard.trend.summary"), points,
				dashboard.thresholds().pass(),
				getTranslation("dashboard.threshold", Charts.decimal(dashboard.thresholds().pass())),
				getTranslation("dashboard.chartData"),
				List.of(getTranslation("dashboard.wave"), getTranslation("dashboard.trend.column")));
		Html perChannel = ChannelChart.of(this, dashboard.channels(), dashboard.thresholds().pass());
		Div grid = new Div(section("dashboard.distribution", distribution), section("dashboard.trend", trend),
				section("dashboard.channels", perChannel));
		grid.addClassName("dashboard-charts");
		return grid;
	}

	private Section league(Dashboard dashboard) {
		Grid<SiteResult> grid = new Grid<>();
		grid.addColumn((site) -> (site.rank() != null) ? site.rank().toString() : "—")
			.setHeader(getTranslation("dashboard.rank"))
			.setFlexGrow(0)
			.setWidth("5em");
		grid.addComponentColumn((site) -> new Anchor(siteLink(site.siteId(), dashboard.query()), site.siteName()))
			.setHeader(getTranslation("dashboard.site"))
			.setFlexGrow(3);
		grid.addColumn((site) -> Texts.mark(site.mark())).setHeader(getTranslation("dashboard.mark"));
		grid.addColumn((site) -> Texts.tests(site.mark())).setHeader(getTranslation("dashboard.testsColumn"));
		grid.addColumn((site) -> Texts.interval(site.mark())).setHeader(getTranslation("dashboard.interval"));
		grid.addComponentColumn((site) -> Texts.verdict(this, site.verdict()))
			.setHeader(getTranslation("dashboard.verdict"))
			.setFlexGrow(2);
		grid.addColumn((site) -> getTranslation(site.label().messageKey()))
			.setHeader(getTranslation("dashboard.label"));
		grid.setItems(dashboard.sites());
		grid.setAllRowsVisible(dashboard.sites().size() <= 25);
		grid.addClassName("league-table");
		grid.setAriaLabel(getTranslation("dashboard.league"));
		GridAccessibility.hideSizerRow(grid);
		return section("dashboard.league", grid);
	}

	private Section heatmap(Dashboard dashboard) {
		Heatmap heatmap = dashboard.heatmap();
		StringBuilder html = new StringBuilder(
				"<div class=\"heatmap-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
			.append(Charts.escape(getTranslation("dashboard.heatmap")))
			.append("\"><table class=\"heatmap\"><caption>")
			.append(Charts.escape(getTranslation("dashboard.heatmap.caption")))
			.append("</caption><thead><tr><th scope=\"col\">")
			.append(Charts.escape(getTranslation("dashboard.site")))
			.append("</th>");
		for (Heatmap.EngagementRef engagement : heatmap.engagements()) {
			html.append("<th scope=\"col\" title=\"")
				.append(Charts.escape(engagement.name()))
				.append("\">")
				.append(Charts.escape(engagement.code()))
				.append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (Heatmap.Row row : heatmap.rows().subList(0, Math.min(HEATMAP_ROWS, heatmap.rows().size()))) {
			html.append("<tr><th scope=\"row\"><a href=\"")
				.append(Charts.escape(siteLink(row.siteId(), dashboard.query())))
				.append("\">")
				.append(Charts.escape(row.siteName()))
				.append("</a></th>");
			for (EngagementResult cell : row.cells()) {
				if (cell == null || cell.mark() == null) {
					html.append("<td class=\"heat-none\">—</td>");
					continue;
				}
				String flag = cell.mark().blockingFailed() ? " !" : "";
				html.append("<td class=\"heat-")
					.append(Texts.tone(cell.verdict()))
					.append("\" title=\"")
					.append(Charts.escape(getTranslation(cell.verdict().messageKey()) + " · "
							+ getTranslation("dashboard.tests", cell.mark().tests())))
					.append("\">")
					.append(Charts.escape(Charts.decimal(cell.mark().value()) + flag))
					.append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</tbody></table></div>");
		Paragraph legend = new Paragraph(getTranslation("dashboard.heatmap.legend", HEATMAP_ROWS));
		legend.addClassName("chart-note-text");
		return section("dashboard.heatmap", new Html(html.toString()), legend);
	}

	private Section items(Dashboard dashboard) {
		Div lists = new Div(itemList("dashboard.items.best", dashboard.bestItems(5)),
				itemList("dashboard.items.worst", dashboard.worstItems(5)));
		lists.addClassName("dashboard-items");
		return section("dashboard.items", lists);
	}

	private Div itemList(String titleKey, List<ItemConformity> items) {
		OrderedList list = new OrderedList();
		for (ItemConformity item : items) {
			double[] interval = item.interval();
			list.add(new ListItem(getTranslation("dashboard.item", (item.refId() != null) ? item.refId() : "",
					item.name(), Charts.decimal(item.percent()), item.assessed(), Charts.decimal(interval[0]),
					Charts.decimal(interval[1]))));
		}
		Div block = new Div(new Span(getTranslation(titleKey)), list);
		block.addClassName("item-list");
		return block;
	}

	private Section exports(Dashboard dashboard) {
		Anchor csv = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = this.scoring.exportCsv(dashboard);
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(dashboard, "csv"),
					"text/csv;charset=UTF-8", bytes.length);
		}), getTranslation("dashboard.export.csv"));
		Anchor xlsx = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = this.scoring.exportXlsx(dashboard);
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(dashboard, "xlsx"),
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
		}), getTranslation("dashboard.export.xlsx"));
		csv.addClassName("download-link");
		xlsx.addClassName("download-link");
		Div links = new Div(csv, xlsx);
		links.addClassName("dashboard-exports");
		return section("dashboard.export", links);
	}

	private static String fileName(Dashboard dashboard, String extension) {
		return "tableau-de-bord_" + dashboard.query().from() + "_" + dashboard.query().to() + "." + extension;
	}

	static String siteLink(String siteId, ScoreQuery query) {
		return "dashboard/site/" + siteId + "?" + Filters.write(query).getQueryString();
	}

	private Section section(String titleKey, Component... components) {
		Section section = new Section(new H2(getTranslation(titleKey)));
		section.add(components);
		section.addClassName("dashboard-section");
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.title") + " – " + getTranslation("app.name");
	}

}
