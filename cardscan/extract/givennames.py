"""Common given names in the card languages: evidence (never proof) that a line is a person's name."""

from __future__ import annotations

from cardscan.extract.geo import fold

_GIVEN_NAMES_TEXT = """
Aaron Abel Ada Adam Adele Adrian Adriana Adriano Agnes Agnieszka Agustín Aida Aina Aitana Alba Albert Alberto Albin
Alejandra Alejandro Alessandra Alessandro Alessia Alex Alexander Alexandra Alexandre Alexis Alfonso Alfred Alfredo
Ali Alice Alicia Alina Aline Alma Almudena Alva Álvaro Amanda Amelia Amélie Ana Anders André Andrea Andreas Andrés
Andrew Ane Angela Ángel Angelika Angelo Anita Anja Anke Ann Anna Anne Annelies Anneke Annette Anni Annika Antje
Anton Antoine Antonella Antonia Antonio António Arianna Arjen Arne Arnaud Arno Arthur Arturo Astrid August Augusto
Aurélie Aurora Axel Barbara Bart Bas Basile Bastian Beatrice Beatriz Ben Benedetta Benedikt Benjamin Benoît Bernard
Bernardo Bernd Berta Bettina Bianca Birgit Björn Bo Bram Brigitte Bruno Camila Camille Carina Carl Carla Carlo
Carlos Carlota Carmen Carolina Caroline Catarina Caterina Catherine Cecilia Cécile Celia Charlotte Christian
Christiane Christina Christine Christoph Christophe Christopher Chiara Clara Claire Claudia Claudio Claus Clément
Constance Cornelia Cristiano Cristina Dag Dagmar Damien Daniel Daniela Daniele Danielle Dario David Davide Debora
Denis Denise Diana Diego Dieter Dirk Dolores Dominik Dominique Donatella Dorothea Duarte Edith Eduardo Edward
Eleonora Elena Elias Elin Elisa Elisabeth Elisabetta Eliza Elke Ella Ellen Elsa Elske Emil Emilia Emilie Émilie
Emilio Emma Emmanuel Enrico Enrique Erik Erika Ernesto Esperanza Esteban Estela Esther Ester Eva Evelien Evelyn
Fabian Fabien Fabienne Fabio Fabrizio Federica Federico Felipe Felix Félix Femke Fernanda Fernando Filip Filipa
Filippo Flavia Florence Florian Francesca Francesco Francisca Francisco Franck François Françoise Frank Franziska
Frans Fred Frederik Frida Friedrich Gabriel Gabriela Gabriele Gabrielle Gaëlle Gaspard Georg George Gerard Gerd
Gerhard Gert Gianluca Gianni Gilles Gina Giorgia Giorgio Giovanna Giovanni Gisela Giulia Giulio Giuseppe Gonçalo
Gonzalo Greta Guido Guilherme Guillaume Gunnar Gustav Gustavo Hanna Hannah Hannes Hans Harald Harry Heike Heinz
Helen Helena Hélène Helga Henk Henri Henrik Henrique Herbert Hugo Ida Ignacio Ilaria Ilse Ines Inês Inés Inga Inge
Ingrid Irene Iris Isabel Isabella Isabelle Ivan Ivo Jaap Jacob Jacqueline Jacques Jaime James Jan Jana Jane Janne
Jannik Javier Jean Jeanne Jens Jeroen Jesús Joachim Joana Joanna Joaquín Johan Johanna Johannes John Jonas Jonathan
Joost Jordi Jorge Jörg José Josef Joseph Josefina Juan Judith Julia Julian Julián Julie Julien Juliette Julius
Jürgen Justine Kai Karin Karl Karla Karolina Kasper Katarina Katharina Kathrin Katja Katrin Kees Kerstin Kevin Kim
Klaas Klara Klaus Konrad Kristina Lara Lars Laura Laurent Lea Léa Leif Lena Leo Leon Léon Leonardo Leonie Lieke
Linda Lisa Lise Liv Lorenzo Lotte Louis Louise Luc Luca Lucas Lucía Lucia Luciana Luciano Ludovica Ludwig Luis Luisa
Luís Luka Lukas Luuk Lydia Madeleine Magnus Maja Malin Manuel Manuela Marc Marcel Marcello Marco Marcos Marcus
Margarida Margaret Margot Maria María Mariana Marianne Marie Marieke Marina Mario Marion Marisa Marit Mark Marko
Markus Marloes Marta Marten Martijn Martin Martina Martín Mateo Mathieu Mathilde Matilde Mats Matteo Matthias
Maurice Mauro Max Maxim Maximilian Mercedes Mia Michael Michaela Michel Michela Michele Michelle Miguel Mikael Milan
Miriam Mirjam Monica Mónica Monika Nadia Nadine Natalia Nathalie Nicola Nicolas Nicole Niels Niklas Nils Nina Noah
Noelia Noémie Nora Norbert Nuno Olaf Ole Olga Oliver Olivia Olivier Oscar Óscar Oskar Otto Pablo Paola Paolo Pascal
Patricia Patricio Patrick Patrizia Paul Paula Paulo Pedro Per Peter Petra Philipp Philippe Pia Pierre Piet Pieter
Pilar Rafael Rafaela Raffaele Raimund Rainer Ralf Ramón Raquel Raúl Rebecca Regina Reinhard René Renate Ricardo
Riccardo Richard Rita Robert Roberta Roberto Robin Rodrigo Roger Roland Rolf Romain Rosa Rosario Ruben Rubén Rudolf
Rui Ruth Sabine Sabrina Salvatore Samuel Sandra Sara Sarah Sascha Sebastian Sebastián Sebastiano Sergio Silvia Simon
Simona Simone Sofia Sofía Sophie Stefan Stefano Stefanie Steffen Stella Stephan Stéphane Stephanie Susanne Svea Sven
Sylvie Thea Teresa Theo Thierry Thijs Thomas Thorsten Tiago Tim Tobias Tom Tomás Tommaso Torsten Ulla Ulrich Ulrike
Ursula Valentina Valentin Valeria Valérie Vanessa Vera Veronica Verónica Victor Víctor Victoria Vincent Vincenzo
Virginie Vítor Walter Werner Willem Wim Wolfgang Xavier Yannick Yvonne Zoé Åsa Åke Sten Stina Sune Ebba Elsa Tove
Linnea Ingvar Ylva Maj Britt Birgitta Göran Håkan Henrietta Lukas Leonie Mila Finn Luuk Sem Daan Fenna Jesse Sanne
Thijmen Noor Tess Maartje Sjoerd Wouter Koen Jelle Bregje Anouk Floor Ilse Roel Hendrik Geert Rutger Mila Lotte
Lieve Hanne Wout Joris Bert Gert-Jan Jan-Willem Timo Till Jakob Moritz Lena Luisa Marlene Greta Paula Frieda Jonas
Elias Ole Henrik Anneliese Annegret Hannelore Gianmarco Pierluigi Gianfranco Giancarlo Massimo Maurizio Stefania
Roberta Serena Elisa Martina Alessio Manuel Iñaki Iker Nerea Ainhoa Begoña Montserrat Nuria Rocío Consuelo
Inmaculada Guadalupe Macarena Fátima Leonor Joaquim Rodrigo Afonso Tomás Beatriz Constança Madalena Carolina Vasco
Sebastião Lourenço Gaspar Benedita Émile Étienne Hervé Jérôme Sébastien Aurélien Gaëtan Loïc Maëlle Anaïs Océane
Solène Brigitte Véronique Grace William Emily Chloe Jessica Lucy Matthew Eleanor Nathan Renée Siobhán Seán Sean Liam
Noah Ethan Jack Harry George Charlie Oscar Henry Alfie Archie Freddie Isla Ava Mia Poppy Ruby Evie Isabella Sienna
Millie Amber Holly Megan Lauren Bethany Abigail Naomi Joshua Ryan Luke Adam Callum Connor Dylan Jamie Kieran Owen
Rhys Aidan Niamh Aoife Ciara Saoirse Emma Madison Ashley Brittany Tyler Brandon Justin Austin Jacob Ethan Mason
Logan Elijah Sören Käthe Günther Günter Chloé Manon Céline Mathéo Noël Thibault Thibaut Niccolò Noemi Emanuele Fleur
Ruud Maaike Chloë Joëlle Maarten Mattias Siv Örjan Fredrik Íñigo Lorena João Simão Conceição Letícia Caio Adrián
Mathilde Ludovic Gilbert Benoit Cédric Didier Frédéric Frédérique Ghislaine Guy Jean-Marc Jean-Paul Jean-Pierre
Marie-Claire Marie-Christine Marie-France Marie-Laure Anne-Marie Anne-Sophie Pierre-Yves Yves Yvette Odile Gianna
Giacomo Ginevra Mattia Pietro Raffaella Vittoria Aldo Carla Ettore Franco Gino Luigi Mirko Nadia Ornella Rebecca
Rodolfo Sandro Silvio Ugo Viola Wilma Edoardo Elisa Irene Sofia Camilla Aurora Greta Nicolò Guus Hidde Jorrit Kees
Lars Marieke Mees Merel Niek Pim Roos Stijn Tijs Twan Yara Zoë Jeroen Frits Hanneke Henrik Ingemar Jörgen Kerstin
Kristina Lennart Leif Linnéa Märta Mikael Pernilla Rolf Sigrid Stig Ulf Viktor Agustina Alfredo Amparo Aurelio
Blanca Borja Cayetana Cristóbal Encarnación Esperanza Eva Fermín Gema Gonzalo Gregorio Ismael Jacinto Leire Lourdes
Maite Marcos Mariano Mercedes Nicolás Pascual Remedios Rosario Salvador Sonia Susana Tomás Valentín Verónica Vicente
Yolanda Alexandre Bernardo Cláudia Cristiano Diogo Edite Fernão Gabriela Graça Henrique Hugo Irene Jorge Lara Luana
Marcelo Nuno Octávio Patrícia Renata Sílvia Telmo Vera Xavier
"""
GIVEN_NAME_LIST = _GIVEN_NAMES_TEXT.split()

GIVEN_NAMES: frozenset[str] = frozenset(fold(n) for n in GIVEN_NAME_LIST)


def is_given_name(token: str) -> bool:
    """True if the token (or each part of a hyphenated one) is a known given name."""
    key = fold(token.strip(".,"))
    if key in GIVEN_NAMES:
        return True
    parts = key.split("-")
    return len(parts) > 1 and all(p in GIVEN_NAMES for p in parts)
