package fr.vigie.organisation.ui;

import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.vigie.identity.Role;
import fr.vigie.organisation.Organisation;
import fr.vigie.organisation.OrganisationManagement;
import jakarta.annotation.security.RolesAllowed;

/** Imports sites from a CSV file into an organisation, after a preview. */
@Route("sites/import")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.ADMIN })
class SiteImportView extends Main implements HasDynamicTitle {

	SiteImportView(OrganisationManagement organisation) {
		addClassName("page");
		add(new RouterLink(getTranslation("sites.back"), SiteListView.class));
		add(new H1(getTranslation("sites.import.title")));
		add(new Paragraph(getTranslation("sites.import.help")));
		List<Organisation> organisations = organisation.organisations();
		if (organisations.isEmpty()) {
			add(new Paragraph(getTranslation("sites.import.noOrganisation")));
			return;
		}
		Select<Organisation> target = new Select<>();
		target.setLabel(getTranslation("site.organisation"));
		target.setItems(organisations);
		target.setItemLabelGenerator(Organisation::name);
		target.setValue(organisations.get(0));
		target.setVisible(organisations.size() > 1);
		add(target,
				new ImportPanel((content) -> organisation.previewSiteImport(target.getValue().id(), content),
						(content, excluded) -> organisation.importSites(target.getValue().id(), content, excluded),
						(result) -> getUI().ifPresent((ui) -> ui.navigate(SiteListView.class))));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sites.import.title") + " · " + getTranslation("app.name");
	}

}
