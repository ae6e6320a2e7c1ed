package fr.vigie.campaign.ui;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.vigie.campaign.Campaign;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.identity.Role;
import jakarta.annotation.security.RolesAllowed;

/** The quality manager's campaigns, newest first. */
@Route("campaigns")
@Menu(title = "nav.campaigns", order = 40, icon = "vaadin:calendar-clock")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class CampaignListView extends Main implements HasDynamicTitle {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	CampaignListView(CampaignManagement campaigns) {
		addClassName("page");
		Button create = new Button(getTranslation("campaigns.create"), VaadinIcon.PLUS.create(),
				(click) -> getUI().ifPresent((ui) -> ui.navigate(CampaignFormView.class)));
		create.addThemeVariants(ButtonVariant.PRIMARY);
		HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("campaigns.title")), create);
		header.addClassName("page-header");

		Grid<Campaign> grid = new Grid<>();
		grid.addComponentColumn((campaign) -> new Anchor("campaigns/" + campaign.id(), campaign.name()))
			.setHeader(getTranslation("campaign.name"))
			.setFlexGrow(2);
		grid.addColumn((campaign) -> campaign.definition().start().format(DATE) + " → "
				+ campaign.definition().end().format(DATE))
			.setHeader(getTranslation("campaign.period"));
		grid.addColumn((campaign) -> getTranslation(campaign.definition().recurrence().messageKey()))
			.setHeader(getTranslation("campaign.recurrence"));
		grid.addColumn((campaign) -> campaign.waves()
			.stream()
			.map((wave) -> wave.number() + " : " + getTranslation(wave.status().messageKey()))
			.collect(Collectors.joining(" · "))).setHeader(getTranslation("campaign.waves")).setFlexGrow(2);
		grid.setItems(campaigns.campaigns());
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("campaigns.title"));
		add(header, grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("campaigns.title") + " · " + getTranslation("app.name");
	}

}
