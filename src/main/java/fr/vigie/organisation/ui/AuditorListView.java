package fr.vigie.organisation.ui;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.vigie.identity.Role;
import fr.vigie.organisation.Auditor;
import fr.vigie.organisation.AuditorManagement;
import fr.vigie.shared.Channel;
import fr.vigie.shared.ui.GridAccessibility;
import jakarta.annotation.security.RolesAllowed;

/** The auditor pool: search, filter by channel, create, import and export. */
@Route("auditors")
@Menu(title = "nav.auditors", order = 30, icon = "vaadin:user-card")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.ADMIN })
class AuditorListView extends Main implements HasDynamicTitle {

	private final AuditorManagement auditors;

	private final Grid<Auditor> grid = GridAccessibility.hideSizerRow(new Grid<>());

	private final TextField search = new TextField();

	private final Select<Channel> channel = new Select<>();

	private final Checkbox inactive = new Checkbox();

	private final Paragraph count = new Paragraph();

	AuditorListView(AuditorManagement auditors) {
		this.auditors = auditors;
		addClassName("page");
		Button create = new Button(getTranslation("auditors.create"), VaadinIcon.PLUS.create(),
				(click) -> AuditorFormDialog.forNewAuditor(auditors, this::open).open());
		create.addThemeVariants(ButtonVariant.PRIMARY);
		RouterLink importLink = new RouterLink(getTranslation("auditors.import"), AuditorImportView.class);
		importLink.addClassName("button-link");
		Anchor export = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] csv = auditors.export();
			return new DownloadResponse(new ByteArrayInputStream(csv), "enqueteurs.csv", "text/csv;charset=UTF-8",
					csv.length);
		}), getTranslation("auditors.export"));
		export.addClassName("button-link");
		HorizontalLayout actions = new HorizontalLayout(create, importLink, export);
		actions.addClassName("page-actions");
		HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("auditors.title")), actions);
		header.addClassName("page-header");
		add(header, new Paragraph(getTranslation("auditors.confidential")));

		this.search.setLabel(getTranslation("sites.search"));
		this.search.setPlaceholder(getTranslation("auditors.search.placeholder"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addValueChangeListener((event) -> refresh());
		this.channel.setLabel(getTranslation("auditor.channels"));
		this.channel.setItems(Channel.values());
		this.channel.setItemLabelGenerator((value) -> (value != null) ? getTranslation(value.messageKey()) : "");
		this.channel.setEmptySelectionAllowed(true);
		this.channel.setEmptySelectionCaption(getTranslation("filter.all"));
		this.channel.setPlaceholder(getTranslation("filter.all"));
		this.channel.addValueChangeListener((event) -> refresh());
		this.inactive.setLabel(getTranslation("auditors.includeInactive"));
		this.inactive.addValueChangeListener((event) -> refresh());
		Div filters = new Div(this.search, this.channel, this.inactive);
		filters.addClassName("filters");
		filters.getElement().setAttribute("role", "search");

		this.grid
			.addComponentColumn((auditor) -> new RouterLink(auditor.code(), AuditorDetailView.class,
					new RouteParameters("code", auditor.code())))
			.setHeader(getTranslation("auditor.code"))
			.setSortProperty("id")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(Auditor::displayName)
			.setHeader(getTranslation("auditor.displayName"))
			.setSortProperty("displayName");
		Grid.Column<Auditor> town = this.grid.addColumn(Auditor::homeTown)
			.setHeader(getTranslation("auditor.homeTown"))
			.setSortProperty("homeTown");
		Grid.Column<Auditor> channels = this.grid.addColumn((auditor) -> Texts.channels(this, auditor.channels()))
			.setHeader(getTranslation("auditor.channels"))
			.setFlexGrow(2);
		Grid.Column<Auditor> days = this.grid.addColumn((auditor) -> days(auditor))
			.setHeader(getTranslation("auditor.days"));
		Grid.Column<Auditor> max = this.grid.addColumn(Auditor::maxTestsPerWeek)
			.setHeader(getTranslation("auditor.maxTests.short"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((auditor) -> getTranslation(auditor.active() ? "auditor.active" : "auditor.inactive"))
			.setHeader(getTranslation("auditor.status"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.setAriaLabel(getTranslation("auditors.title"));
		NarrowScreens.hideBelow(this, NarrowScreens.PHONE, List.of(town, max));
		NarrowScreens.hideBelow(this, NarrowScreens.TABLET, List.of(channels, days));
		this.count.getElement().setAttribute("role", "status");
		this.count.addClassName("result-count");
		add(filters, this.count, this.grid);
		// A page of auditors at a time, read by the store; the count (asked again
		// whenever
		// the list changes) also fills the "N auditors" line.
		this.grid.setItems(
				(query) -> auditors
					.search(this.search.getValue(), this.channel.getValue(), this.inactive.getValue(),
							query.getOffset(), query.getLimit(), VaadinSpringDataHelpers.toSpringDataSort(query))
					.stream(),
				(query) -> {
					long total = auditors.count(this.search.getValue(), this.channel.getValue(),
							this.inactive.getValue());
					this.count.setText(getTranslation("auditors.count", total));
					return (int) total;
				});
	}

	private String days(Auditor auditor) {
		return auditor.availableDays()
			.stream()
			.sorted()
			.map((DayOfWeek day) -> getTranslation("day.short." + day.name()))
			.collect(Collectors.joining(" "));
	}

	private void open(Auditor auditor) {
		getUI().ifPresent((ui) -> ui.navigate(AuditorDetailView.class, new RouteParameters("code", auditor.code())));
	}

	private void refresh() {
		this.grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("auditors.title") + " · " + getTranslation("app.name");
	}

}
