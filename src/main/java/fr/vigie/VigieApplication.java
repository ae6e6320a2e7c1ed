package fr.vigie;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/vigie.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class VigieApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(VigieApplication.class, args);
	}

}
