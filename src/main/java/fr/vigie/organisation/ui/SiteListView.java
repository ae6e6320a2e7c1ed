package fr.vigie.organisation.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.vigie.identity.Role;
import fr.vigie.organisation.ChannelOffer;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.ScopeDescription;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteFilter;
import fr.vigie.organisation.SiteKind;
import fr.vigie.shared.Channel;
import fr.vigie.shared.ui.GridAccessibility;
import jakarta.annotation.security.RolesAllowed;

/**
 * Searchable, filterable list of the sites the user may see; quality managers also
 * create, import and export sites from here.
 */
@Route("sites")
@Menu(title = "nav.sites", order = 20, icon = "vaadin:building")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.DIRECTOR, Role.Names.ADMIN })
class SiteListView extends Main implements HasDynamicTitle {

	private final OrganisationManagement organisation;

	private final Grid<Site> grid = GridAccessibility.hideSizerRow(new Grid<>());

	private final TextField search = new TextField();

	private final Select<SiteKind> kind = new Select<>();

	private final Select<Direction> direction = new Select<>();

	private final Select<Channel> channel = new Select<>();

	private final Paragraph count = new Paragraph();

	private volatile SiteFilter filter = SiteFilter.all();

	SiteListView(OrganisationManagement organisation, AuthenticationContext authentication) {
		this.organisation = organisation;
		addClassName("page");
		Map<String, Direction> directions = organisation.directionsById();

		HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("sites.title")));
		header.addClassName("page-header");
		if (Texts.canEdit(authentication)) {
			Button create = new Button(getTranslation("sites.create"), VaadinIcon.PLUS.create(),
					(click) -> SiteFormDialog.forNewSite(organisation, (site) -> openSite(site)).open());
			create.addThemeVariants(ButtonVariant.PRIMARY);
			RouterLink importLink = new RouterLink(getTranslation("sites.import"), SiteImportView.class);
			importLink.addClassName("button-link");
			HorizontalLayout actions = new HorizontalLayout(create, importLink, exportLink());
			actions.addClassName("page-actions");
			header.add(actions);
		}
		else {
			header.add(exportLink());
		}
		add(header);
		ScopeDescription scope = organisation.myScope();
		if (!scope.everything()) {
			add(scopeNotice(scope));
		}

		this.search.setLabel(getTranslation("sites.search"));
		this.search.setPlaceholder(getTranslation("sites.search.placeholder"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addValueChangeListener((event) -> refresh());
		this.kind.setLabel(getTranslation("site.kind"));
		this.kind.setItems(SiteKind.values());
		this.kind.setItemLabelGenerator((value) -> (value != null) ? getTranslation(value.messageKey()) : "");
		this.kind.setEmptySelectionAllowed(true);
		this.kind.setEmptySelectionCaption(getTranslation("filter.all"));
		this.kind.setPlaceholder(getTranslation("filter.all"));
		this.kind.addValueChangeListener((event) -> refresh());
		this.direction.setLabel(getTranslation("site.direction"));
		this.direction.setItems(organisation.directions());
		this.direction.setItemLabelGenerator((value) -> (value != null) ? value.name() : "");
		this.direction.setEmptySelectionAllowed(true);
		this.direction.setEmptySelectionCaption(getTranslation("filter.all"));
		this.direction.setPlaceholder(getTranslation("filter.all"));
		this.direction.addValueChangeListener((event) -> refresh());
		this.channel.setLabel(getTranslation("site.channel"));
		this.channel.setItems(Channel.values());
		this.channel.setItemLabelGenerator((value) -> (value != null) ? getTranslation(value.messageKey()) : "");
		this.channel.setEmptySelectionAllowed(true);
		this.channel.setEmptySelectionCaption(getTranslation("filter.all"));
		this.channel.setPlaceholder(getTranslation("filter.all"));
		this.channel.addValueChangeListener((event) -> refresh());
		Div filters = new Div(this.search, this.kind, this.direction, this.channel);
		filters.addClassName("filters");
		filters.getElement().setAttribute("role", "search");

		this.grid
			.addComponentColumn((site) -> new RouterLink(site.name(), SiteDetailView.class,
					new RouteParameters("siteId", site.externalId())))
			.setHeader(getTranslation("site.name"))
			.setSortProperty("name")
			.setFlexGrow(2);
		// Kinds and directions sort by their names, which the store does not hold: not
		// sortable.
		Grid.Column<Site> kindColumn = this.grid.addColumn((site) -> getTranslation(site.kind().messageKey()))
			.setHeader(getTranslation("site.kind"));
		this.grid.addColumn((site) -> (site.address() != null) ? site.address().city() : "")
			.setHeader(getTranslation("site.city"))
			.setSortProperty("address.city");
		Grid.Column<Site> directionColumn = this.grid.addColumn((site) -> {
			Direction value = directions.get(site.directionId());
			return (value != null) ? value.name() : "";
		}).setHeader(getTranslation("site.direction"));
		Grid.Column<Site> channelsColumn = this.grid
			.addColumn((site) -> Texts.channels(this, site.channels().stream().map(ChannelOffer::channel).toList()))
			.setHeader(getTranslation("site.channels"))
			.setFlexGrow(2);
		Grid.Column<Site> idColumn = this.grid.addColumn(Site::externalId)
			.setHeader(getTranslation("site.externalId"))
			.setSortProperty("externalId");
		this.grid.setAriaLabel(getTranslation("sites.title"));
		this.grid.addClassName("site-grid");
		NarrowScreens.hideBelow(this, NarrowScreens.PHONE, List.of(kindColumn, directionColumn));
		NarrowScreens.hideBelow(this, NarrowScreens.TABLET, List.of(channelsColumn, idColumn));
		this.count.addClassName("result-count");
		this.count.getElement().setAttribute("role", "status");
		add(filters, this.count, this.grid);
		// A page of sites at a time, read by the store; the count (asked again whenever
		// the list changes) also fills the "N sites" line.
		this.grid.setItems(
				(query) -> organisation
					.searchSites(this.filter, query.getOffset(), query.getLimit(),
							VaadinSpringDataHelpers.toSpringDataSort(query))
					.stream(),
				(query) -> {
					long total = organisation.countSites(this.filter);
					this.count.setText(getTranslation("sites.count", total));
					return (int) total;
				});
	}

	private Div scopeNotice(ScopeDescription scope) {
		Div notice = new Div();
		notice.addClassName("scope-notice");
		if (scope.isEmpty()) {
			notice.setText(getTranslation("scope.none"));
		}
		else {
			List<String> names = new java.util.ArrayList<>();
			names.addAll(scope.organisations());
			names.addAll(scope.directions());
			names.addAll(scope.sites());
			notice.setText(getTranslation("scope.yours", String.join(", ", names)));
		}
		return notice;
	}

	private Anchor exportLink() {
		Anchor export = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] csv = this.organisation.exportSites(this.filter);
			return new DownloadResponse(new ByteArrayInputStream(csv), "sites.csv", "text/csv;charset=UTF-8",
					csv.length);
		}), getTranslation("sites.export"));
		export.addClassName("button-link");
		return export;
	}

	private void openSite(Site site) {
		getUI().ifPresent((ui) -> ui.navigate(SiteDetailView.class, new RouteParameters("siteId", site.externalId())));
	}

	private void refresh() {
		Direction chosen = this.direction.getValue();
		this.filter = new SiteFilter(this.search.getValue(), this.kind.getValue(),
				(chosen != null) ? chosen.id() : null, this.channel.getValue());
		this.grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sites.title") + " · " + getTranslation("app.name");
	}

}
