package fr.vigie.organisation.ui;

import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.vigie.identity.Role;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import jakarta.annotation.security.RolesAllowed;

/** Searchable list of the audited sites. */
@Route("sites")
@Menu(title = "nav.sites", order = 20, icon = "vaadin:building")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.DIRECTOR, Role.Names.ADMIN })
class SiteListView extends Main implements HasDynamicTitle {

	private final OrganisationManagement organisation;

	private final Grid<Site> grid = new Grid<>();

	private final TextField search = new TextField();

	SiteListView(OrganisationManagement organisation) {
		this.organisation = organisation;
		addClassName("page");
		Map<String, Direction> directions = organisation.directionsById();
		this.search.setLabel(getTranslation("sites.search"));
		this.search.setPlaceholder(getTranslation("sites.search.placeholder"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addValueChangeListener((event) -> refresh());

		this.grid.addColumn(Site::name).setHeader(getTranslation("site.name")).setSortable(true).setFlexGrow(2);
		this.grid.addColumn((site) -> getTranslation(site.kind().messageKey()))
			.setHeader(getTranslation("site.kind"))
			.setSortable(true);
		this.grid.addColumn((site) -> (site.address() != null) ? site.address().city() : "")
			.setHeader(getTranslation("site.city"))
			.setSortable(true);
		this.grid.addColumn((site) -> {
			Direction direction = directions.get(site.directionId());
			return (direction != null) ? direction.name() : "";
		}).setHeader(getTranslation("site.direction")).setSortable(true);
		this.grid.addColumn(Site::externalId).setHeader(getTranslation("site.externalId"));
		this.grid.setAriaLabel(getTranslation("sites.title"));
		add(new H1(getTranslation("sites.title")), this.search, this.grid);
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.organisation
			.searchSites(new fr.vigie.organisation.SiteFilter(this.search.getValue(), null, null, null)));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sites.title") + " · " + getTranslation("app.name");
	}

}
