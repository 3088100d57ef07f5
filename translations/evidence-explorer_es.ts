<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>%1: at least %2 pooled studies are needed (%3 pooled).</source>
        <translation>%1: se necesitan al menos %2 estudios combinados (hay %3).</translation>
    </message>
    <message>
        <source>Leave-one-out analysis</source>
        <translation>Análisis excluyendo un estudio cada vez</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>Excluir uno a uno</translation>
    </message>
    <message>
        <source>Omitting %1</source>
        <translation>Sin %1</translation>
    </message>
    <message>
        <source>The refit failed: %1</source>
        <translation>El reajuste falló: %1</translation>
    </message>
    <message>
        <source>Cumulative meta-analysis by year</source>
        <translation>Metaanálisis acumulado por año</translation>
    </message>
    <message>
        <source>Cumulative meta-analysis</source>
        <translation>Metaanálisis acumulado</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>FunnelOverlay</name>
    <message numerus="yes">
        <source>Small-study tests need at least 3 studies (%n pooled).</source>
        <translation>
            <numerusform>Las pruebas de estudios pequeños necesitan al menos 3 estudios (%n combinado).</numerusform>
            <numerusform>Las pruebas de estudios pequeños necesitan al menos 3 estudios (%n combinados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 studies: interpret with caution.</source>
        <translation>Menos de %1 estudios: interpretar con cautela.</translation>
    </message>
    <message>
        <source>Egger %1</source>
        <translation>Egger %1</translation>
    </message>
    <message>
        <source>Egger: not estimable (equal variances)</source>
        <translation>Egger: no estimable (varianzas iguales)</translation>
    </message>
    <message>
        <source>Begg %1</source>
        <translation>Begg %1</translation>
    </message>
    <message>
        <source>Begg: not estimable</source>
        <translation>Begg: no estimable</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill: %n imputed (%1), adjusted %2</source>
        <translation>
            <numerusform>Recorte y relleno: %n imputado (%1), ajustado %2</numerusform>
            <numerusform>Recorte y relleno: %n imputados (%1), ajustado %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Trim-and-fill: none imputed (%1)</source>
        <translation>Recorte y relleno: ninguno imputado (%1)</translation>
    </message>
    <message>
        <source>Trim-and-fill: did not converge</source>
        <translation>Recorte y relleno: no convergió</translation>
    </message>
</context>
<context>
    <name>MethodsText</name>
    <message>
        <source>odds ratios (analysed on the log scale)</source>
        <translation>odds ratios (analizadas en escala logarítmica)</translation>
    </message>
    <message>
        <source>risk ratios (analysed on the log scale)</source>
        <translation>riesgos relativos (analizados en escala logarítmica)</translation>
    </message>
    <message>
        <source>risk differences</source>
        <translation>diferencias de riesgos</translation>
    </message>
    <message>
        <source>mean differences</source>
        <translation>diferencias de medias</translation>
    </message>
    <message>
        <source>standardised mean differences (Hedges&apos; g)</source>
        <translation>diferencias de medias estandarizadas (g de Hedges)</translation>
    </message>
    <message>
        <source>the reported effect sizes and their variances</source>
        <translation>los tamaños del efecto publicados y sus varianzas</translation>
    </message>
    <message>
        <source>the DerSimonian-Laird estimator (DerSimonian &amp; Laird 1986)</source>
        <translation>el estimador de DerSimonian-Laird (DerSimonian y Laird 1986)</translation>
    </message>
    <message>
        <source>restricted maximum likelihood (Viechtbauer 2005)</source>
        <translation>máxima verosimilitud restringida (Viechtbauer 2005)</translation>
    </message>
    <message>
        <source>the Paule-Mandel estimator (Paule &amp; Mandel 1982)</source>
        <translation>el estimador de Paule-Mandel (Paule y Mandel 1982)</translation>
    </message>
    <message>
        <source>maximum likelihood (Viechtbauer 2005)</source>
        <translation>máxima verosimilitud (Viechtbauer 2005)</translation>
    </message>
    <message>
        <source>the Sidik-Jonkman estimator (Sidik &amp; Jonkman 2005)</source>
        <translation>el estimador de Sidik-Jonkman (Sidik y Jonkman 2005)</translation>
    </message>
    <message>
        <source>the Hedges estimator (Hedges &amp; Olkin 1985)</source>
        <translation>el estimador de Hedges (Hedges y Olkin 1985)</translation>
    </message>
    <message>
        <source>the empirical Bayes estimator (Morris 1983)</source>
        <translation>el estimador bayesiano empírico (Morris 1983)</translation>
    </message>
    <message>
        <source>to studies with a zero cell</source>
        <translation>a los estudios con alguna celda con cero</translation>
    </message>
    <message>
        <source>to every study</source>
        <translation>a todos los estudios</translation>
    </message>
    <message>
        <source>to every study when any study had a zero cell</source>
        <translation>a todos los estudios cuando alguno tenía una celda con cero</translation>
    </message>
    <message>
        <source>Effects were expressed as %1 with %2% confidence intervals.</source>
        <translation>Los efectos se expresaron como %1 con intervalos de confianza del %2%.</translation>
    </message>
    <message>
        <source>Studies were pooled with a fixed-effect model using the Mantel-Haenszel method.</source>
        <translation>Los estudios se combinaron con un modelo de efectos fijos mediante el método de Mantel-Haenszel.</translation>
    </message>
    <message>
        <source>Studies were pooled with a fixed-effect model using Peto&apos;s method (Yusuf et al. 1985).</source>
        <translation>Los estudios se combinaron con un modelo de efectos fijos mediante el método de Peto (Yusuf et al. 1985).</translation>
    </message>
    <message>
        <source>Studies were pooled with a fixed-effect model using inverse-variance weights.</source>
        <translation>Los estudios se combinaron con un modelo de efectos fijos con ponderación por el inverso de la varianza.</translation>
    </message>
    <message>
        <source>Studies were pooled with a random-effects model (inverse-variance weights); the between-study variance τ² was estimated by %1</source>
        <translation>Los estudios se combinaron con un modelo de efectos aleatorios (ponderación por el inverso de la varianza); la varianza entre estudios τ² se estimó mediante %1</translation>
    </message>
    <message>
        <source>, with a Q-profile confidence interval</source>
        <translation>, con un intervalo de confianza por el método Q-profile</translation>
    </message>
    <message>
        <source>The model was chosen by a pre-specified rule: a fixed-effect model when I² &lt; 50% and the p-value of Cochran&apos;s Q &gt; 0.10, otherwise a random-effects model (here I² = %1%, p = %2).</source>
        <translation>El modelo se eligió según una regla preespecificada: modelo de efectos fijos cuando I² &lt; 50% y el valor p de la Q de Cochran &gt; 0,10; en caso contrario, modelo de efectos aleatorios (aquí I² = %1%, p = %2).</translation>
    </message>
    <message>
        <source>The confidence interval and test of the pooled effect used the Hartung-Knapp-Sidik-Jonkman method (t distribution with k − 1 degrees of freedom).</source>
        <translation>El intervalo de confianza y la prueba del efecto combinado usaron el método de Hartung-Knapp-Sidik-Jonkman (distribución t con k − 1 grados de libertad).</translation>
    </message>
    <message>
        <source>The confidence interval and test of the pooled effect used the normal distribution.</source>
        <translation>El intervalo de confianza y la prueba del efecto combinado usaron la distribución normal.</translation>
    </message>
    <message>
        <source>A %1% prediction interval for the effect in a new study is reported.</source>
        <translation>Se presenta un intervalo de predicción del %1% para el efecto en un nuevo estudio.</translation>
    </message>
    <message>
        <source>Heterogeneity was assessed with Cochran&apos;s Q and I².</source>
        <translation>La heterogeneidad se evaluó con la Q de Cochran y el I².</translation>
    </message>
    <message>
        <source>No continuity correction was applied.</source>
        <translation>No se aplicó ninguna corrección por continuidad.</translation>
    </message>
    <message>
        <source>A continuity correction of %1 was added %2.</source>
        <translation>Se añadió una corrección por continuidad de %1 %2.</translation>
    </message>
    <message>
        <source>Studies without events in either arm were excluded from pooling.</source>
        <translation>Los estudios sin eventos en ninguno de los brazos se excluyeron de la combinación.</translation>
    </message>
    <message>
        <source>Studies without events in either arm were kept.</source>
        <translation>Los estudios sin eventos en ninguno de los brazos se mantuvieron.</translation>
    </message>
    <message>
        <source>Subgroups defined by %1 were compared with a test for subgroup differences (Cochran&apos;s Q between subgroup estimates); each subgroup had its own τ².</source>
        <translation>Los subgrupos definidos por %1 se compararon con una prueba de diferencias entre subgrupos (Q de Cochran entre las estimaciones de los subgrupos); cada subgrupo tuvo su propia τ².</translation>
    </message>
    <message>
        <source>Analyses were run in Evidence Explorer %1, whose results are checked against R metafor.</source>
        <translation>Los análisis se realizaron con Evidence Explorer %1, cuyos resultados se contrastan con metafor de R.</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>The end of a sentence: &quot;。&quot; in Chinese.</extracomment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>PlotCommand</name>
    <message>
        <source>, %1 patients</source>
        <translation>, %1 pacientes</translation>
    </message>
    <message>
        <source>Published: %1 %2 [%3, %4]</source>
        <translation>Publicado: %1 %2 [%3; %4]</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <source>Journal, single column (85 mm)</source>
        <translation>Revista, una columna (85 mm)</translation>
    </message>
    <message>
        <source>Journal, 1.5 column (120 mm)</source>
        <translation>Revista, 1,5 columnas (120 mm)</translation>
    </message>
    <message>
        <source>Journal, double column (180 mm)</source>
        <translation>Revista, doble columna (180 mm)</translation>
    </message>
    <message>
        <source>Slide, 16:9 (254 × 143 mm)</source>
        <translation>Diapositiva, 16:9 (254 × 143 mm)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” cannot be created</source>
        <translation>No se puede escribir «%1»: no se puede crear la carpeta «%2»</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the plot no longer exists</source>
        <translation>No se puede escribir «%1»: el gráfico ya no existe</translation>
    </message>
    <message numerus="yes">
        <source>The text is reduced from %1 pt to %2 pt so that all %n row(s) fit the height.</source>
        <translation>
            <numerusform>El texto se reduce de %1 pt a %2 pt para que quepa %n fila en la altura.</numerusform>
            <numerusform>El texto se reduce de %1 pt a %2 pt para que quepan las %n filas en la altura.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Exported by Evidence Explorer</source>
        <translation>Exportado con Evidence Explorer</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>the width and height must be positive</source>
        <translation>el ancho y el alto deben ser positivos</translation>
    </message>
    <message>
        <source>the resolution must be between 10 and 4800 dpi, got %1</source>
        <translation>la resolución debe estar entre 10 y 4800 ppp; se indicó %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>the PDF could not be completed</source>
        <translation>no se pudo completar el PDF</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>no se pudo codificar la imagen</translation>
    </message>
    <message numerus="yes">
        <source>%n study row(s) do not fit this height even at %1 pt: they need %2 mm. Choose a taller size (at least %2 mm) or let the height follow the plot.</source>
        <translation>
            <numerusform>%n fila de estudio no cabe en esta altura ni siquiera a %1 pt: necesita %2 mm. Elija un tamaño más alto (al menos %2 mm) o deje que la altura siga al gráfico.</numerusform>
            <numerusform>%n filas de estudios no caben en esta altura ni siquiera a %1 pt: necesitan %2 mm. Elija un tamaño más alto (al menos %2 mm) o deje que la altura siga al gráfico.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study row(s) do not fit this height: the bottom of the plot is cut. Let the height follow the plot, or choose a smaller font.</source>
        <translation>
            <numerusform>%n fila de estudio no cabe en esta altura: la parte inferior del gráfico queda cortada. Deje que la altura siga al gráfico o elija una fuente más pequeña.</numerusform>
            <numerusform>%n filas de estudios no caben en esta altura: la parte inferior del gráfico queda cortada. Deje que la altura siga al gráfico o elija una fuente más pequeña.</numerusform>
        </translation>
    </message>
    <message>
        <source>At this size the text is shrunk to %1 pt</source>
        <translation>Con este tamaño el texto se reduce a %1 pt</translation>
    </message>
    <message>
        <source> and some numbers are cut</source>
        <translation> y algunos números quedan cortados</translation>
    </message>
    <message>
        <source>: choose a wider size, a smaller font or let the height follow the plot.</source>
        <translation>: elija un tamaño más ancho, una fuente más pequeña o deje que la altura siga al gráfico.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Meta-analysis: %1</source>
        <translation>Metaanálisis: %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Pooled estimate</source>
        <translation>Estimación combinada</translation>
    </message>
    <message>
        <source>Test for overall effect</source>
        <translation>Prueba del efecto global</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>Heterogeneity</source>
        <translation>Heterogeneidad</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Intervalo de predicción</translation>
    </message>
    <message>
        <source>Published estimate</source>
        <translation>Estimación publicada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Effect [95% CI]</source>
        <translation>Efecto [IC del 95%]</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>no estimable</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <source>counted: %1</source>
        <translation>contado: %1</translation>
    </message>
    <message>
        <source>exact (printed in the source)</source>
        <translation>exacto (impreso en la fuente)</translation>
    </message>
    <message>
        <source>derived from a printed percentage</source>
        <translation>derivado de un porcentaje publicado</translation>
    </message>
    <message>
        <source>derived from other printed numbers</source>
        <translation>derivado de otras cifras publicadas</translation>
    </message>
    <message>
        <source>approximate (read from a figure or rounded)</source>
        <translation>aproximado (leído de una figura o redondeado)</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>poco claro</translation>
    </message>
    <message>
        <source>as transcribed from a secondary table</source>
        <translation>transcrito de una tabla secundaria</translation>
    </message>
    <message>
        <source>where: %1</source>
        <translation>dónde: %1</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>confianza: %1</translation>
    </message>
    <message>
        <source>This analysis</source>
        <translation>Este análisis</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Estimate [95% CI]</source>
        <translation>Estimación [IC del 95%]</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>random effects</source>
        <translation>efectos aleatorios</translation>
    </message>
    <message>
        <source>fixed effect</source>
        <translation>efectos fijos</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>figure %1</source>
        <translation>figura %1</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>sección %1</translation>
    </message>
    <message>
        <source>Published in %1.</source>
        <translation>Publicado en %1.</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
</context>
<context>
    <name>ResultBuilder</name>
    <message>
        <source>Odds ratio</source>
        <translation>Odds ratio</translation>
    </message>
    <message>
        <source>Risk ratio</source>
        <translation>Riesgo relativo</translation>
    </message>
    <message>
        <source>Risk difference</source>
        <translation>Diferencia de riesgos</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>Diferencia de medias</translation>
    </message>
    <message>
        <source>Std. mean difference</source>
        <translation>Dif. de medias estandarizada</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>M-H</source>
        <translation>M-H</translation>
    </message>
    <message>
        <source>Peto</source>
        <translation>Peto</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <source>Fixed-effect model (Mantel-Haenszel)</source>
        <translation>Modelo de efectos fijos (Mantel-Haenszel)</translation>
    </message>
    <message>
        <source>Fixed-effect model (Peto)</source>
        <translation>Modelo de efectos fijos (Peto)</translation>
    </message>
    <message>
        <source>Fixed-effect model (inverse variance)</source>
        <translation>Modelo de efectos fijos (inverso de la varianza)</translation>
    </message>
    <message>
        <source>Random-effects model (%1)</source>
        <translation>Modelo de efectos aleatorios (%1)</translation>
    </message>
    <message>
        <source>Random-effects model (%1, HKSJ)</source>
        <translation>Modelo de efectos aleatorios (%1, HKSJ)</translation>
    </message>
    <message>
        <source>Heterogeneity: not applicable (one study)</source>
        <translation>Heterogeneidad: no aplicable (un solo estudio)</translation>
    </message>
    <message>
        <source>Treatment
Events/Total</source>
        <translation>Tratamiento
Eventos/Total</translation>
    </message>
    <message>
        <source>Control
Events/Total</source>
        <translation>Control
Eventos/Total</translation>
    </message>
    <message>
        <source>Treatment
Mean (SD) N</source>
        <translation>Tratamiento
Media (DE) N</translation>
    </message>
    <message>
        <source>Control
Mean (SD) N</source>
        <translation>Control
Media (DE) N</translation>
    </message>
    <message>
        <source>Lower with treatment</source>
        <translation>Menor con el tratamiento</translation>
    </message>
    <message>
        <source>Higher with treatment</source>
        <translation>Mayor con el tratamiento</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2 (%3)</source>
        <translation>Prueba de diferencias entre subgrupos: Q = %1, gl = %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (escala logarítmica)</translation>
    </message>
    <message numerus="yes">
        <source>A funnel plot needs at least 3 studies (%n pooled).</source>
        <translation>
            <numerusform>El gráfico de embudo necesita al menos 3 estudios (%n combinado).</numerusform>
            <numerusform>El gráfico de embudo necesita al menos 3 estudios (%n combinados).</numerusform>
        </translation>
    </message>
    <message>
        <source>A Baujat plot needs at least 2 pooled studies.</source>
        <translation>El gráfico de Baujat necesita al menos 2 estudios combinados.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Treatment: %1; control: %2</source>
        <translation>Tratamiento: %1; control: %2</translation>
    </message>
    <message>
        <source>No data extracted for this outcome</source>
        <translation>No se han extraído datos para este desenlace</translation>
    </message>
    <message numerus="yes">
        <source>Control arm shared with %n other comparison(s)</source>
        <translation>
            <numerusform>Brazo control compartido con %n comparación más</numerusform>
            <numerusform>Brazo control compartido con otras %n comparaciones</numerusform>
        </translation>
    </message>
    <message>
        <source> (split)</source>
        <translation> (dividido)</translation>
    </message>
    <message>
        <source>counted: %1</source>
        <translation>contado: %1</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>confianza: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on this study</source>
        <translation>
            <numerusform>%n nota sobre este estudio</numerusform>
            <numerusform>%n notas sobre este estudio</numerusform>
        </translation>
    </message>
    <message>
        <source>Favours treatment</source>
        <translation>A favor del tratamiento</translation>
    </message>
    <message>
        <source>Favours control</source>
        <translation>A favor del control</translation>
    </message>
    <message>
        <source>No level of “%1” is ticked.</source>
        <translation>No hay ningún nivel de «%1» marcado.</translation>
    </message>
    <message>
        <source>No study matches the current filters.</source>
        <translation>Ningún estudio cumple los filtros actuales.</translation>
    </message>
    <message numerus="yes">
        <source>No study has data for this outcome with the current filters (%n not extracted).</source>
        <translation>
            <numerusform>Ningún estudio tiene datos para este desenlace con los filtros actuales (%n sin extraer).</numerusform>
            <numerusform>Ningún estudio tiene datos para este desenlace con los filtros actuales (%n sin extraer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every study with data is excluded.</source>
        <translation>Todos los estudios con datos están excluidos.</translation>
    </message>
    <message>
        <source>The model could not be fitted: %1</source>
        <translation>No se pudo ajustar el modelo: %1</translation>
    </message>
    <message>
        <source>The studies cannot be pooled: %1</source>
        <translation>No se pueden combinar los estudios: %1</translation>
    </message>
    <message>
        <source>Not in a subgroup (excluded or %1 not recorded)</source>
        <translation>Sin subgrupo (excluido o %1 no registrado)</translation>
    </message>
    <message>
        <source>, chosen by the review&apos;s rule (I² = %1%, P(Q) = %2)</source>
        <translation>, elegido por la regla de la revisión (I² = %1%, P(Q) = %2)</translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation>%1 pacientes</translation>
    </message>
    <message numerus="yes">
        <source>%n not extracted</source>
        <translation>
            <numerusform>%n sin extraer</numerusform>
            <numerusform>%n sin extraer</numerusform>
        </translation>
    </message>
    <message>
        <source>Some comparisons share a control group: its patients count more than once.</source>
        <translation>Algunas comparaciones comparten un grupo control: sus pacientes se cuentan más de una vez.</translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1; Q = %2, df = %3 (%4); I² = %5%</source>
        <translation>Heterogeneidad: τ² = %1; Q = %2, gl = %3 (%4); I² = %5%</translation>
    </message>
    <message>
        <source>Heterogeneity: Q = %1, df = %2 (%3); I² = %4%</source>
        <translation>Heterogeneidad: Q = %1, gl = %2 (%3); I² = %4%</translation>
    </message>
    <message>
        <source>Test for overall effect: t(%1) = %2 (%3)</source>
        <translation>Prueba del efecto global: t(%1) = %2 (%3)</translation>
    </message>
    <message>
        <source>Test for overall effect: z = %1 (%2)</source>
        <translation>Prueba del efecto global: z = %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, random, %3% CI)</source>
        <translation>%1 (%2, aleatorio, IC del %3%)</translation>
    </message>
    <message>
        <source>%1 (%2, fixed, %3% CI)</source>
        <translation>%1 (%2, fijo, IC del %3%)</translation>
    </message>
    <message>
        <source>I² = %1%, τ² = %2</source>
        <translation>I² = %1%, τ² = %2</translation>
    </message>
    <message>
        <source>I² = %1%</source>
        <translation>I² = %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n studies, %1 patients</source>
        <translation>
            <numerusform>%n estudio, %1 pacientes</numerusform>
            <numerusform>%n estudios, %1 pacientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Published: %1 %2 %3</source>
        <translation>Publicado: %1 %2 %3</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>from a percentage</source>
        <translation>de un porcentaje</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivado</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>aproximado</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>poco claro</translation>
    </message>
    <message>
        <source>as transcribed</source>
        <translation>transcrito</translation>
    </message>
</context>
<context>
    <name>ee::store</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>--where &apos;%1&apos;: expected FACET=LEVEL[,LEVEL...]</source>
        <translation>--where &apos;%1&apos;: se esperaba FACET=LEVEL[,LEVEL...]</translation>
    </message>
    <message>
        <source>--where &apos;%1&apos;: the facet name is empty</source>
        <translation>--where &apos;%1&apos;: el nombre de la faceta está vacío</translation>
    </message>
    <message>
        <source>--where &apos;%1&apos;: empty level (use - for &quot;not recorded&quot;)</source>
        <translation>--where &apos;%1&apos;: nivel vacío (use - para «no registrado»)</translation>
    </message>
    <message>
        <source>an outcome is required</source>
        <translation>se requiere un desenlace</translation>
    </message>
    <message>
        <source>N is missing</source>
        <translation>falta N</translation>
    </message>
    <message>
        <source>N must be at least 1, got %1</source>
        <translation>N debe ser al menos 1; se encontró %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 debe ser un número finito</translation>
    </message>
    <message>
        <source>the study label is empty</source>
        <translation>la etiqueta del estudio está vacía</translation>
    </message>
    <message>
        <source>year %1 is not plausible (1800-2200)</source>
        <translation>el año %1 no es plausible (1800-2200)</translation>
    </message>
    <message>
        <source>the arm label is empty</source>
        <translation>la etiqueta del brazo está vacía</translation>
    </message>
    <message>
        <source>N randomized must be at least 1, got %1</source>
        <translation>N aleatorizados debe ser al menos 1; se encontró %1</translation>
    </message>
    <message>
        <source>N analysed must be at least 1, got %1</source>
        <translation>N analizados debe ser al menos 1; se encontró %1</translation>
    </message>
    <message>
        <source>a cell count must be a positive number</source>
        <translation>un número de células debe ser un número positivo</translation>
    </message>
    <message>
        <source>an upper cell count needs a lower one (give both as the same number for a single value)</source>
        <translation>un número de células superior necesita uno inferior (indique ambos con el mismo número para un valor único)</translation>
    </message>
    <message>
        <source>the upper cell count must be at least the lower one</source>
        <translation>el número de células superior debe ser al menos igual al inferior</translation>
    </message>
    <message>
        <source>the outcome is empty</source>
        <translation>el desenlace está vacío</translation>
    </message>
    <message>
        <source>a binary outcome takes events and N, not means and SDs</source>
        <translation>un desenlace binario admite eventos y N, no medias ni DE</translation>
    </message>
    <message>
        <source>the number of events is missing</source>
        <translation>falta el número de eventos</translation>
    </message>
    <message>
        <source>events cannot be negative, got %1</source>
        <translation>los eventos no pueden ser negativos; se encontró %1</translation>
    </message>
    <message>
        <source>events (%1) exceed N (%2)</source>
        <translation>los eventos (%1) superan N (%2)</translation>
    </message>
    <message>
        <source>a continuous outcome takes mean, SD and N, not events</source>
        <translation>un desenlace continuo admite media, DE y N, no eventos</translation>
    </message>
    <message>
        <source>the mean</source>
        <translation>la media</translation>
    </message>
    <message>
        <source>the SD</source>
        <translation>la DE</translation>
    </message>
    <message>
        <source>the SD must be positive, got %1</source>
        <translation>la DE debe ser positiva; se encontró %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not an Evidence Explorer project: it is not an SQLite database</source>
        <translation>no es un proyecto de Evidence Explorer: no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>is truncated: only %1 bytes, shorter than an SQLite header</source>
        <translation>está truncado: solo %1 bytes, menos que una cabecera SQLite</translation>
    </message>
    <message>
        <source>is corrupt: its header gives an invalid page size</source>
        <translation>está dañado: su cabecera indica un tamaño de página no válido</translation>
    </message>
    <message>
        <source>is truncated: %1 bytes of the %2 its header announces</source>
        <translation>está truncado: %1 bytes de los %2 que anuncia su cabecera</translation>
    </message>
    <message>
        <source>is corrupt or not a database: %1</source>
        <translation>está dañado o no es una base de datos: %1</translation>
    </message>
    <message>
        <source>is corrupt: %1</source>
        <translation>está dañado: %1</translation>
    </message>
    <message>
        <source>is corrupt (integrity check: %1)</source>
        <translation>está dañado (comprobación de integridad: %1)</translation>
    </message>
    <message>
        <source>is an SQLite database but not an Evidence Explorer project; it was left untouched</source>
        <translation>es una base de datos SQLite pero no un proyecto de Evidence Explorer; no se ha modificado</translation>
    </message>
    <message>
        <source>was written by a newer version of Evidence Explorer (schema %1; this version reads up to %2). It was left untouched; open it with a newer version.</source>
        <translation>fue escrito por una versión más reciente de Evidence Explorer (esquema %1; esta versión lee hasta el %2). No se ha modificado; ábralo con una versión más reciente.</translation>
    </message>
    <message>
        <source>cannot configure the database (%1): %2</source>
        <translation>no se puede configurar la base de datos (%1): %2</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; is not defined in the project</source>
        <translation>el desenlace &apos;%1&apos; no está definido en el proyecto</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; has an unknown kind</source>
        <translation>el desenlace &apos;%1&apos; es de un tipo desconocido</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; no es ninguno de %2</translation>
    </message>
    <message>
        <source>defines no dose_tier facet</source>
        <translation>no define la faceta dose_tier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>&apos;%1&apos; no es un año</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>country &apos;%1&apos; has no region in curation/country_regions.csv</source>
        <translation>el país &apos;%1&apos; no tiene región en curation/country_regions.csv</translation>
    </message>
    <message>
        <source>Table 1 row(s): %1</source>
        <translation>Fila(s) de la Tabla 1: %1</translation>
    </message>
    <message>
        <source>differs from the first row of study &apos;%1&apos;</source>
        <translation>difiere de la primera fila del estudio &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Origin (%1) from %2: &quot;%3&quot;</source>
        <translation>Origen (%1) según %2: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>has an unexpected Table 1 layout</source>
        <translation>tiene una Tabla 1 con un formato inesperado</translation>
    </message>
    <message>
        <source>expected one table row per studies.csv row</source>
        <translation>se esperaba una fila de la tabla por cada fila de studies.csv</translation>
    </message>
    <message>
        <source>does not line up with studies.csv</source>
        <translation>no se corresponde con studies.csv</translation>
    </message>
    <message>
        <source>row &apos;%1&apos; where studies.csv has &apos;%2&apos;</source>
        <translation>fila &apos;%1&apos; donde studies.csv tiene &apos;%2&apos;</translation>
    </message>
    <message>
        <source>has %1 Table 1 rows; studies.csv has %2</source>
        <translation>tiene %1 filas de la Tabla 1; studies.csv tiene %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Table 1 row</source>
        <translation>&apos;%1&apos; no es una fila de la Tabla 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Table 1 row of this study</source>
        <translation>&apos;%1&apos; no es una fila de la Tabla 1 de este estudio</translation>
    </message>
    <message>
        <source>refers to &apos;%1&apos;, which has no earlier row</source>
        <translation>hace referencia a &apos;%1&apos;, que no tiene una fila anterior</translation>
    </message>
    <message>
        <source>the estimate and its CI must be numbers</source>
        <translation>la estimación y su IC deben ser números</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>extractor 1&apos;s value</source>
        <translation>el valor del extractor 1</translation>
    </message>
    <message>
        <source>extractor 2&apos;s value</source>
        <translation>el valor del extractor 2</translation>
    </message>
    <message>
        <source>a consensus value</source>
        <translation>un valor de consenso</translation>
    </message>
    <message>
        <source>Dual extraction of %1 (%2): extractor 1 entered %3, extractor 2 entered %4; %5 decided on %6 (%7), on %8.</source>
        <translation>Doble extracción de %1 (%2): el extractor 1 introdujo %3 y el extractor 2 introdujo %4; %5 decidió %6 (%7) el %8.</translation>
    </message>
    <message>
        <source>no time point</source>
        <translation>sin momento de medición</translation>
    </message>
    <message>
        <source>Events in the treatment arm</source>
        <translation>El número de eventos del brazo de tratamiento</translation>
    </message>
    <message>
        <source>Events in the control arm</source>
        <translation>El número de eventos del brazo control</translation>
    </message>
    <message>
        <source>N in the treatment arm</source>
        <translation>N del brazo de tratamiento</translation>
    </message>
    <message>
        <source>N in the control arm</source>
        <translation>N del brazo control</translation>
    </message>
    <message>
        <source>The mean in the treatment arm</source>
        <translation>La media del brazo de tratamiento</translation>
    </message>
    <message>
        <source>The mean in the control arm</source>
        <translation>La media del brazo control</translation>
    </message>
    <message>
        <source>The SD in the treatment arm</source>
        <translation>La DE del brazo de tratamiento</translation>
    </message>
    <message>
        <source>The SD in the control arm</source>
        <translation>La DE del brazo control</translation>
    </message>
    <message>
        <source>events (treatment)</source>
        <translation>eventos (tratamiento)</translation>
    </message>
    <message>
        <source>events (control)</source>
        <translation>eventos (control)</translation>
    </message>
    <message>
        <source>N (treatment)</source>
        <translation>N (tratamiento)</translation>
    </message>
    <message>
        <source>N (control)</source>
        <translation>N (control)</translation>
    </message>
    <message>
        <source>mean (treatment)</source>
        <translation>media (tratamiento)</translation>
    </message>
    <message>
        <source>mean (control)</source>
        <translation>media (control)</translation>
    </message>
    <message>
        <source>SD (treatment)</source>
        <translation>DE (tratamiento)</translation>
    </message>
    <message>
        <source>SD (control)</source>
        <translation>DE (control)</translation>
    </message>
    <message>
        <source>%1 must be at least 1 (got %2).</source>
        <translation>%1 debe ser al menos 1 (se indicó %2).</translation>
    </message>
    <message>
        <source>%1 cannot be negative (got %2).</source>
        <translation>%1 no puede ser menor que 0 (se indicó %2).</translation>
    </message>
    <message>
        <source>%1 (%2) cannot exceed its N (%3).</source>
        <translation>%1 (%2) no puede superar su N (%3).</translation>
    </message>
    <message>
        <source>%1 (%2) is less than its events (%3).</source>
        <translation>%1 (%2) es menor que su número de eventos (%3).</translation>
    </message>
    <message>
        <source>A binary outcome takes events and N, not means and SDs.</source>
        <translation>Un desenlace binario admite eventos y N, no medias ni DE.</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>%1 debe ser un número finito.</translation>
    </message>
    <message>
        <source>%1 must be positive (got %2).</source>
        <translation>%1 debe ser mayor que 0 (se indicó %2).</translation>
    </message>
    <message>
        <source>A continuous outcome takes mean, SD and N, not events.</source>
        <translation>Un desenlace continuo admite media, DE y N, no eventos.</translation>
    </message>
</context>
<context>
    <name>ee::store::ColumnMapping</name>
    <message>
        <source>&apos;%1&apos; is not an evidence CSV column</source>
        <translation>&apos;%1&apos; no es una columna del CSV de evidencia</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped from column &apos;%2&apos;; map one column to it</source>
        <translation>&apos;%1&apos; ya está asignada desde la columna &apos;%2&apos;; asígnele una sola columna</translation>
    </message>
</context>
<context>
    <name>ee::store::CsvTable</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not a valid CSV file</source>
        <translation>no es un archivo CSV válido</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; it is not a text file</source>
        <translation>el archivo contiene un byte NUL; no es un archivo de texto</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>el archivo no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (enclose the field in quotes and double the quote)</source>
        <translation>comillas dentro de un campo sin comillas (encierre el campo entre comillas y duplique las comillas internas)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>hay texto después de las comillas de cierre de un campo</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un campo entre comillas no se cierra antes del final del archivo</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>el archivo está vacío; se requiere una fila de encabezado</translation>
    </message>
    <message>
        <source>header column %1 has no name</source>
        <translation>la columna %1 del encabezado no tiene nombre</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>la columna &apos;%1&apos; aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campos, pero el encabezado tiene %2</translation>
    </message>
</context>
<context>
    <name>ee::store::EvidenceCsv</name>
    <message>
        <source>is open read-only; nothing was imported</source>
        <translation>está abierto en modo de solo lectura; no se importó nada</translation>
    </message>
</context>
<context>
    <name>ee::store::EvidenceIndex</name>
    <message>
        <source>unknown outcome &apos;%1&apos;; this project has: %2</source>
        <translation>desenlace desconocido &apos;%1&apos;; este proyecto tiene: %2</translation>
    </message>
    <message>
        <source>unknown facet &apos;%1&apos;; this project has: %2</source>
        <translation>faceta desconocida &apos;%1&apos;; este proyecto tiene: %2</translation>
    </message>
    <message>
        <source>facet &apos;%1&apos; has no level &apos;%2&apos;; its levels are: %3</source>
        <translation>la faceta &apos;%1&apos; no tiene el nivel &apos;%2&apos;; sus niveles son: %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>ee::store::FacetCsv</name>
    <message>
        <source>unknown column (see docs/store.md for the facet CSV columns)</source>
        <translation>columna desconocida (consulte docs/store.md para ver las columnas del CSV de facetas)</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>the facet name is empty</source>
        <translation>el nombre de la faceta está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; no es ninguno de %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not moderator.NAME or one of %2</source>
        <translation>&apos;%1&apos; no es moderator.NAME ni ninguno de %2</translation>
    </message>
    <message>
        <source>facet &apos;%1&apos; has a different kind or attribute in an earlier row</source>
        <translation>la faceta &apos;%1&apos; tiene otro tipo u otro atributo en una fila anterior</translation>
    </message>
    <message>
        <source>the level code is empty</source>
        <translation>el código del nivel está vacío</translation>
    </message>
    <message>
        <source>level &apos;%1&apos; appears twice in facet &apos;%2&apos;</source>
        <translation>el nivel &apos;%1&apos; aparece dos veces en la faceta &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>&apos;%1&apos; no es 0 ni 1</translation>
    </message>
    <message>
        <source>the upper cut-off is below the lower one</source>
        <translation>el punto de corte superior es menor que el inferior</translation>
    </message>
    <message>
        <source>a numeric level needs a lower or an upper cut-off</source>
        <translation>un nivel numérico necesita un punto de corte inferior o superior</translation>
    </message>
    <message>
        <source>is not a valid facet definition file</source>
        <translation>no es un archivo válido de definición de facetas</translation>
    </message>
</context>
<context>
    <name>ee::store::Importer</name>
    <message>
        <source>%1 has &apos;%2&apos; here but &apos;%3&apos; in row %4; repeated rows must agree</source>
        <translation>%1 tiene &apos;%2&apos; aquí pero &apos;%3&apos; en la fila %4; las filas repetidas deben coincidir</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; no es ninguno de %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; no es un número entero</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>unknown column (see docs/store.md for the evidence CSV columns)</source>
        <translation>columna desconocida (consulte docs/store.md para ver las columnas del CSV de evidencia)</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>cannot be imported; nothing was imported</source>
        <translation>no se puede importar; no se importó nada</translation>
    </message>
    <message>
        <source>the study label is empty</source>
        <translation>la etiqueta del estudio está vacía</translation>
    </message>
    <message>
        <source>study &apos;%1&apos; is already in the project</source>
        <translation>el estudio &apos;%1&apos; ya está en el proyecto</translation>
    </message>
    <message>
        <source>study &apos;%1&apos;</source>
        <translation>el estudio &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an arm value without an arm label (column arm%1)</source>
        <translation>un valor de brazo sin etiqueta de brazo (columna arm%1)</translation>
    </message>
    <message>
        <source>arm &apos;%1&apos; of study &apos;%2&apos; is a treatment arm in one row and a control arm in another</source>
        <translation>el brazo &apos;%1&apos; del estudio &apos;%2&apos; es brazo de tratamiento en una fila y brazo control en otra</translation>
    </message>
    <message>
        <source>arm &apos;%1&apos; of study &apos;%2&apos;</source>
        <translation>el brazo &apos;%1&apos; del estudio &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a comparison or outcome value without a comparison label (column comparison)</source>
        <translation>un valor de comparación o de desenlace sin etiqueta de comparación (columna comparison)</translation>
    </message>
    <message>
        <source>a comparison needs a treatment arm (arm_t) and a control arm (arm_c)</source>
        <translation>una comparación necesita un brazo de tratamiento (arm_t) y un brazo control (arm_c)</translation>
    </message>
    <message>
        <source>the control arm is the treatment arm</source>
        <translation>el brazo control es el mismo que el brazo de tratamiento</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; is already in the project</source>
        <translation>la comparación &apos;%1&apos; ya está en el proyecto</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;</source>
        <translation>la comparación &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an outcome value without an outcome code (column outcome)</source>
        <translation>un valor de desenlace sin código de desenlace (columna outcome)</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos;</source>
        <translation>el desenlace &apos;%1&apos;</translation>
    </message>
    <message>
        <source>N must be at least 1, got %1</source>
        <translation>N debe ser al menos 1; se encontró %1</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; is %2 in the project</source>
        <translation>el desenlace &apos;%1&apos; es %2 en el proyecto</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; already has &apos;%2&apos; data for this time point in an earlier row</source>
        <translation>la comparación &apos;%1&apos; ya tiene datos de &apos;%2&apos; para este momento en una fila anterior</translation>
    </message>
    <message>
        <source>%1 row(s) rejected; nothing was imported</source>
        <translation>%1 fila(s) rechazada(s); no se importó nada</translation>
    </message>
    <message>
        <source>row %1 cannot be stored; nothing was imported</source>
        <translation>la fila %1 no se puede guardar; no se importó nada</translation>
    </message>
</context>
<context>
    <name>ee::store::Source</name>
    <message>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>lacks columns the build needs</source>
        <translation>le faltan columnas que la construcción necesita</translation>
    </message>
    <message>
        <source>cannot be built into the evidence base</source>
        <translation>no se puede incorporar a la base de evidencia</translation>
    </message>
</context>
<context>
    <name>ee::store::StoreError</name>
    <message>
        <source>column &apos;%1&apos;: </source>
        <translation>columna &apos;%1&apos;: </translation>
    </message>
</context>
<context>
    <name>ee::store::StoreSchema</name>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>no se puede iniciar la actualización del esquema: %1</translation>
    </message>
    <message>
        <source>upgrading the schema from version %1 to %2 (%3) failed: %4. The file was left at version %1.</source>
        <translation>falló la actualización del esquema de la versión %1 a la %2 (%3): %4. El archivo se dejó en la versión %1.</translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2. The file was left at version %3.</source>
        <translation>no se puede registrar la versión %1 del esquema: %2. El archivo se dejó en la versión %3.</translation>
    </message>
    <message>
        <source>cannot commit the schema upgrade: %1. The file was left at version %2.</source>
        <translation>no se puede confirmar la actualización del esquema: %1. El archivo se dejó en la versión %2.</translation>
    </message>
</context>
<context>
    <name>ee::store::StudyStore</name>
    <message>
        <source>an in-memory project can only be created</source>
        <translation>un proyecto en memoria solo se puede crear</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>es una carpeta, no un archivo de proyecto</translation>
    </message>
    <message>
        <source>is read-only; open it read-only or save a copy with Save As</source>
        <translation>es de solo lectura; ábralo en modo de solo lectura o guarde una copia con Guardar como</translation>
    </message>
    <message>
        <source>is empty, not an Evidence Explorer project</source>
        <translation>está vacío; no es un proyecto de Evidence Explorer</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>is an empty SQLite database, not an Evidence Explorer project</source>
        <translation>es una base de datos SQLite vacía, no un proyecto de Evidence Explorer</translation>
    </message>
    <message>
        <source>uses schema %1 and must be upgraded to %2; open it for writing or save a copy first</source>
        <translation>usa el esquema %1 y debe actualizarse al %2; ábralo con permiso de escritura o guarde antes una copia</translation>
    </message>
    <message>
        <source>is open read-only; save a copy with Save As to edit it</source>
        <translation>está abierto en modo de solo lectura; guarde una copia con Guardar como para editarlo</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>no se puede iniciar una transacción</translation>
    </message>
    <message>
        <source>cannot commit the change; nothing was written</source>
        <translation>no se puede confirmar el cambio; no se escribió nada</translation>
    </message>
    <message>
        <source>edits cannot be recorded: the undo log is off</source>
        <translation>no se pueden registrar las ediciones: el registro para deshacer está desactivado</translation>
    </message>
    <message>
        <source>an edit cannot be recorded inside another transaction</source>
        <translation>no se puede registrar una edición dentro de otra transacción</translation>
    </message>
    <message>
        <source>edits cannot be reverted: the undo log is off</source>
        <translation>no se pueden revertir las ediciones: el registro para deshacer está desactivado</translation>
    </message>
    <message>
        <source>an edit cannot be reverted inside another transaction</source>
        <translation>no se puede revertir una edición dentro de otra transacción</translation>
    </message>
    <message>
        <source>cannot undo</source>
        <translation>no se puede deshacer</translation>
    </message>
    <message>
        <source>cannot save a project over itself</source>
        <translation>no se puede guardar un proyecto sobre sí mismo</translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>no se puede escribir la copia: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>no se puede reemplazar el archivo: %1</translation>
    </message>
    <message>
        <source>cannot check the file</source>
        <translation>no se puede comprobar el archivo</translation>
    </message>
    <message>
        <source>cannot read the project description</source>
        <translation>no se puede leer la descripción del proyecto</translation>
    </message>
    <message>
        <source>table %1 refers to provenance %2, which is missing</source>
        <translation>la tabla %1 hace referencia a la procedencia %2, que no existe</translation>
    </message>
    <message>
        <source>cannot store the project description</source>
        <translation>no se puede guardar la descripción del proyecto</translation>
    </message>
    <message>
        <source>cannot store cell type &apos;%1&apos;</source>
        <translation>no se puede guardar el tipo celular &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot store abbreviation &apos;%1&apos;</source>
        <translation>no se puede guardar la abreviatura &apos;%1&apos;</translation>
    </message>
    <message>
        <source>study &apos;%1&apos;: %2</source>
        <translation>estudio &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot add study &apos;%1&apos;</source>
        <translation>no se puede añadir el estudio &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot update study &apos;%1&apos;</source>
        <translation>no se puede actualizar el estudio &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot remove study %1</source>
        <translation>no se puede eliminar el estudio %1</translation>
    </message>
    <message>
        <source>study %1 is not in the project</source>
        <translation>el estudio %1 no está en el proyecto</translation>
    </message>
    <message>
        <source>arm &apos;%1&apos;: %2</source>
        <translation>brazo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot add arm &apos;%1&apos;</source>
        <translation>no se puede añadir el brazo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot update arm &apos;%1&apos;</source>
        <translation>no se puede actualizar el brazo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot remove arm %1</source>
        <translation>no se puede eliminar el brazo %1</translation>
    </message>
    <message>
        <source>arm %1 is not in the project</source>
        <translation>el brazo %1 no está en el proyecto</translation>
    </message>
    <message>
        <source>cannot add comparison &apos;%1&apos;</source>
        <translation>no se puede añadir la comparación &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot update comparison &apos;%1&apos;</source>
        <translation>no se puede actualizar la comparación &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot remove comparison %1</source>
        <translation>no se puede eliminar la comparación %1</translation>
    </message>
    <message>
        <source>comparison %1 is not in the project</source>
        <translation>la comparación %1 no está en el proyecto</translation>
    </message>
    <message>
        <source>cannot store outcome &apos;%1&apos;</source>
        <translation>no se puede guardar el desenlace &apos;%1&apos;</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos;: %2</source>
        <translation>desenlace &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot add outcome data for &apos;%1&apos;</source>
        <translation>no se pueden añadir datos del desenlace para &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot update outcome data %1</source>
        <translation>no se pueden actualizar los datos del desenlace %1</translation>
    </message>
    <message>
        <source>outcome data %1 is not in the project</source>
        <translation>los datos del desenlace %1 no están en el proyecto</translation>
    </message>
    <message>
        <source>cannot remove outcome data %1</source>
        <translation>no se pueden eliminar los datos del desenlace %1</translation>
    </message>
    <message>
        <source>cannot store moderator &apos;%1&apos;</source>
        <translation>no se puede guardar el moderador &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot set moderator &apos;%1&apos;</source>
        <translation>no se puede asignar el moderador &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot remove moderator %1</source>
        <translation>no se puede eliminar el moderador %1</translation>
    </message>
    <message>
        <source>cannot store facet &apos;%1&apos;</source>
        <translation>no se puede guardar la faceta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>facet &apos;%1&apos;: level &apos;%2&apos; has its upper cut-off below its lower one</source>
        <translation>faceta &apos;%1&apos;: el nivel &apos;%2&apos; tiene el punto de corte superior por debajo del inferior</translation>
    </message>
    <message>
        <source>facet &apos;%1&apos;: unknown attribute &apos;%2&apos;</source>
        <translation>faceta &apos;%1&apos;: atributo desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot store level &apos;%1&apos; of facet &apos;%2&apos;</source>
        <translation>no se puede guardar el nivel &apos;%1&apos; de la faceta &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot remove facet &apos;%1&apos;</source>
        <translation>no se puede eliminar la faceta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot store the risk of bias of study %1</source>
        <translation>no se puede guardar el riesgo de sesgo del estudio %1</translation>
    </message>
    <message>
        <source>cannot add a note</source>
        <translation>no se puede añadir una nota</translation>
    </message>
    <message>
        <source>cannot remove note %1</source>
        <translation>no se puede eliminar la nota %1</translation>
    </message>
    <message>
        <source>cannot add a published result</source>
        <translation>no se puede añadir un resultado publicado</translation>
    </message>
    <message>
        <source>cannot add a subgroup test</source>
        <translation>no se puede añadir una prueba de subgrupos</translation>
    </message>
    <message>
        <source>cannot add a leave-one-out range</source>
        <translation>no se puede añadir un rango de exclusión de un estudio cada vez</translation>
    </message>
    <message>
        <source>cannot add a meta-regression result</source>
        <translation>no se puede añadir un resultado de metarregresión</translation>
    </message>
    <message>
        <source>cannot add a heterogeneity result</source>
        <translation>no se puede añadir un resultado de heterogeneidad</translation>
    </message>
    <message>
        <source>cannot add a qualitative result</source>
        <translation>no se puede añadir un resultado cualitativo</translation>
    </message>
    <message>
        <source>cannot add registry record &apos;%1&apos;</source>
        <translation>no se puede añadir el registro &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ee::store::StudyStore::Private</name>
    <message>
        <source>not in the project</source>
        <translation>no está en el proyecto</translation>
    </message>
    <message>
        <source>cannot store provenance</source>
        <translation>no se puede guardar la procedencia</translation>
    </message>
</context>
<context>
    <name>ee::store::UndoLog</name>
    <message>
        <source>cannot list the tables for the undo log</source>
        <translation>no se pueden enumerar las tablas para el registro para deshacer</translation>
    </message>
    <message>
        <source>cannot read the definition of table %1</source>
        <translation>no se puede leer la definición de la tabla %1</translation>
    </message>
    <message>
        <source>cannot read the columns of table %1</source>
        <translation>no se pueden leer las columnas de la tabla %1</translation>
    </message>
    <message>
        <source>cannot set up the undo log</source>
        <translation>no se puede configurar el registro para deshacer</translation>
    </message>
    <message>
        <source>cannot read the undo log</source>
        <translation>no se puede leer el registro para deshacer</translation>
    </message>
    <message>
        <source>cannot undo</source>
        <translation>no se puede deshacer</translation>
    </message>
    <message>
        <source>the undo log no longer holds this edit</source>
        <translation>el registro para deshacer ya no contiene esta edición</translation>
    </message>
    <message>
        <source>unknown table %1 in the undo log</source>
        <translation>tabla %1 desconocida en el registro para deshacer</translation>
    </message>
    <message>
        <source>cannot undo the change to table %1</source>
        <translation>no se puede deshacer el cambio en la tabla %1</translation>
    </message>
    <message>
        <source>cannot trim the undo log</source>
        <translation>no se puede recortar el registro para deshacer</translation>
    </message>
</context>
<context>
    <name>ee::store::detail</name>
    <message>
        <source>cannot read table %1: %2</source>
        <translation>no se puede leer la tabla %1: %2</translation>
    </message>
    <message>
        <source>table %1, column %2 holds a value this version does not know: &apos;%3&apos;</source>
        <translation>la tabla %1, columna %2, contiene un valor que esta versión no reconoce: &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>ee::ui::ArmForm</name>
    <message>
        <source>Arms of the study</source>
        <translation>Brazos del estudio</translation>
    </message>
    <message>
        <source>Add Arm</source>
        <translation>Añadir brazo</translation>
    </message>
    <message>
        <source>Remove Arm…</source>
        <translation>Eliminar brazo…</translation>
    </message>
    <message>
        <source>Unique within the study, e.g. BM-MNC</source>
        <translation>Única dentro del estudio, p. ej., BM-MNC</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation>Tipo celular</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>As the source prints it, e.g. 9.3 × 10⁸ cells per leg</source>
        <translation>Tal como figura en la fuente, p. ej., 9.3 × 10⁸ células por pierna</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Tal como se publica</translation>
    </message>
    <message>
        <source>Cells, e.g. 9.3e8</source>
        <translation>Células, p. ej., 9.3e8</translation>
    </message>
    <message>
        <source>Cells (lower or only value)</source>
        <translation>Células (valor inferior o único)</translation>
    </message>
    <message>
        <source>Empty for a single value or a lower bound only</source>
        <translation>Vacío si es un valor único o solo un límite inferior</translation>
    </message>
    <message>
        <source>Cells (upper value)</source>
        <translation>Células (valor superior)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Source of the dose</source>
        <translation>Fuente de la dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>As printed, e.g. IM + SC</source>
        <translation>Tal como se publica, p. ej., IM + SC</translation>
    </message>
    <message>
        <source>Route as printed</source>
        <translation>Vía tal como se publica</translation>
    </message>
    <message>
        <source>N randomised</source>
        <translation>N aleatorizados</translation>
    </message>
    <message>
        <source>N analysed</source>
        <translation>N analizados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The lower cell count</source>
        <translation>El número inferior de células</translation>
    </message>
    <message>
        <source>The upper cell count</source>
        <translation>El número superior de células</translation>
    </message>
    <message>
        <source>The arm label is empty.</source>
        <translation>La etiqueta del brazo está vacía.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>Not in the project&apos;s cell-type vocabulary: stored as typed.</source>
        <translation>No figura en el vocabulario de tipos celulares del proyecto: se guarda tal como se escribió.</translation>
    </message>
    <message>
        <source>cell type</source>
        <translation>tipo celular</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>dose as printed</source>
        <translation>dosis tal como se publica</translation>
    </message>
    <message>
        <source>dose unit</source>
        <translation>unidad de dosis</translation>
    </message>
    <message>
        <source>dose tier</source>
        <translation>nivel de dosis</translation>
    </message>
    <message>
        <source>source of the dose</source>
        <translation>fuente de la dosis</translation>
    </message>
    <message>
        <source>route</source>
        <translation>vía</translation>
    </message>
    <message>
        <source>route as printed</source>
        <translation>vía tal como se publica</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This study has no arms yet: Add Arm.</source>
        <translation>Este estudio aún no tiene brazos: Añadir brazo.</translation>
    </message>
    <message>
        <source>From the cut-offs: %1</source>
        <translation>Según los puntos de corte: %1</translation>
    </message>
    <message>
        <source>Set by reviewer: %1</source>
        <translation>Fijado por el revisor: %1</translation>
    </message>
    <message>
        <source>The cut-offs give %1; the reviewer&apos;s tier is used.</source>
        <translation>Los puntos de corte dan %1; se usa el nivel fijado por el revisor.</translation>
    </message>
    <message>
        <source>Stored tier %1 differs from the cut-offs (%2); any dose edit re-derives it.</source>
        <translation>El nivel guardado %1 difiere del de los puntos de corte (%2); cualquier cambio en la dosis lo vuelve a calcular.</translation>
    </message>
    <message>
        <source>Edit %1 of arm %2</source>
        <translation>Editar %1 del brazo %2</translation>
    </message>
    <message>
        <source>Arm %1</source>
        <translation>Brazo %1</translation>
    </message>
    <message>
        <source>Add arm %1</source>
        <translation>Añadir el brazo %1</translation>
    </message>
    <message>
        <source>Remove arm %1?</source>
        <translation>¿Eliminar el brazo %1?</translation>
    </message>
    <message numerus="yes">
        <source>Remove arm %1 with its %n comparison(s) and their %2 outcome result(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar el brazo %1 con su %n comparación y sus %2 resultado(s)? Editar → Deshacer los recupera.</numerusform>
            <numerusform>¿Eliminar el brazo %1 con sus %n comparaciones y sus %2 resultado(s)? Editar → Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Arm</source>
        <translation>Eliminar brazo</translation>
    </message>
    <message>
        <source>Remove arm %1</source>
        <translation>Eliminar el brazo %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::BatchExportDialog</name>
    <message>
        <source>Export all plots</source>
        <translation>Exportar todos los gráficos</translation>
    </message>
    <message>
        <source>Follow each plot</source>
        <translation>Según cada gráfico</translation>
    </message>
    <message>
        <source>Forest plots grow with their rows; scatter plots are 4:3.</source>
        <translation>Los diagramas de bosque crecen con sus filas; los gráficos de dispersión son 4:3.</translation>
    </message>
    <message>
        <source>Greyscale (PNG, TIFF)</source>
        <translation>Escala de grises (PNG, TIFF)</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>TIFF</source>
        <translation>TIFF</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Files are named STEM-PLOT.SUFFIX, e.g. analysis-forest.pdf</source>
        <translation>Los archivos se llaman BASE-GRÁFICO.EXTENSIÓN, p. ej., analysis-forest.pdf</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>File name &amp;stem:</source>
        <translation>&amp;Base del nombre de archivo:</translation>
    </message>
    <message>
        <source>The files written and any failures are listed here.</source>
        <translation>Aquí se enumeran los archivos escritos y los errores que se produzcan.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>There is no plot to export.</source>
        <translation>No hay ningún gráfico que exportar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tick at least one plot.</source>
        <translation>Marque al menos un gráfico.</translation>
    </message>
    <message>
        <source>Tick at least one format.</source>
        <translation>Marque al menos un formato.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Elija una carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), e.g. %1</source>
        <translation>
            <numerusform>%n archivo, p. ej., %1</numerusform>
            <numerusform>%n archivos, p. ej., %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n already exist(s): you will be asked before anything is replaced.</source>
        <translation>
            <numerusform> · %n ya existe: se le preguntará antes de reemplazar nada.</numerusform>
            <numerusform> · %n ya existen: se le preguntará antes de reemplazar nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all plots to</source>
        <translation>Exportar todos los gráficos a</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist(s):</source>
        <translation>
            <numerusform>%n archivo ya existe:</numerusform>
            <numerusform>%n archivos ya existen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a number to the new files</source>
        <translation>Añadir un número a los archivos nuevos</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Reemplazarlos</translation>
    </message>
    <message>
        <source>Skipped (exists): %1</source>
        <translation>Omitido (ya existe): %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n archivo escrito</numerusform>
            <numerusform>%n archivos escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n con error</numerusform>
            <numerusform>, %n con error</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ee::ui::BaujatPlot</name>
    <message>
        <source>Contribution to overall heterogeneity</source>
        <translation>Contribución a la heterogeneidad global</translation>
    </message>
    <message>
        <source>Influence on overall result</source>
        <translation>Influencia en el resultado global</translation>
    </message>
    <message>
        <source>No study to show.</source>
        <translation>No hay ningún estudio que mostrar.</translation>
    </message>
    <message>
        <source>A Baujat plot needs at least two studies; %1 available.</source>
        <translation>El gráfico de Baujat necesita al menos dos estudios; hay %1.</translation>
    </message>
</context>
<context>
    <name>ee::ui::BubblePlot</name>
    <message>
        <source>Confidence band</source>
        <translation>Banda de confianza</translation>
    </message>
    <message>
        <source>Meta-regression</source>
        <translation>Metarregresión</translation>
    </message>
    <message>
        <source>Level estimate</source>
        <translation>Estimación por nivel</translation>
    </message>
    <message>
        <source>No study to show.</source>
        <translation>No hay ningún estudio que mostrar.</translation>
    </message>
    <message>
        <source>A bubble plot needs at least two studies.</source>
        <translation>El gráfico de burbujas necesita al menos dos estudios.</translation>
    </message>
</context>
<context>
    <name>ee::ui::ChartExportPlot</name>
    <message>
        <source>Nothing to draw.</source>
        <translation>No hay nada que dibujar.</translation>
    </message>
</context>
<context>
    <name>ee::ui::ComparisonForm</name>
    <message>
        <source>Comparisons of the study</source>
        <translation>Comparaciones del estudio</translation>
    </message>
    <message>
        <source>Add Comparison</source>
        <translation>Añadir comparación</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Unique in the project, e.g. Lu1</source>
        <translation>Única en el proyecto, p. ej., Lu1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Treatment arm</source>
        <translation>Brazo de tratamiento</translation>
    </message>
    <message>
        <source>Control arm</source>
        <translation>Brazo control</translation>
    </message>
    <message>
        <source>N treatment (as tabulated)</source>
        <translation>N tratamiento (según la tabla)</translation>
    </message>
    <message>
        <source>N control (as tabulated)</source>
        <translation>N control (según la tabla)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The comparison label is empty.</source>
        <translation>La etiqueta de la comparación está vacía.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>The treatment and control arms must differ.</source>
        <translation>El brazo de tratamiento y el brazo control deben ser distintos.</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>brazos</translation>
    </message>
    <message>
        <source>N treatment</source>
        <translation>N tratamiento</translation>
    </message>
    <message>
        <source>N control</source>
        <translation>N control</translation>
    </message>
    <message>
        <source>%1 must be at least 1, got %2</source>
        <translation>%1 debe ser al menos 1; se indicó %2</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>This study has no comparisons yet: Add Comparison pairs a treated arm with a control arm.</source>
        <translation>Este estudio aún no tiene comparaciones: Añadir comparación empareja un brazo tratado con un brazo control.</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
    </message>
    <message>
        <source>Shared control: this control arm is also the control of %1. The explorer flags these rows, or splits the control group (Cochrane Handbook 23.3.4).</source>
        <translation>Control compartido: este brazo control también es el control de %1. El explorador marca estas filas o divide el grupo control (Manual Cochrane 23.3.4).</translation>
    </message>
    <message>
        <source>Edit %1 of comparison %2</source>
        <translation>Editar %1 de la comparación %2</translation>
    </message>
    <message>
        <source>A comparison needs a treatment arm and a control arm: add them on the Arms tab first.</source>
        <translation>Una comparación necesita un brazo de tratamiento y un brazo control: añádalos antes en la pestaña Brazos.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Add comparison %1</source>
        <translation>Añadir la comparación %1</translation>
    </message>
    <message>
        <source>Remove comparison %1?</source>
        <translation>¿Eliminar la comparación %1?</translation>
    </message>
    <message numerus="yes">
        <source>Remove comparison %1 with its %n outcome result(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar la comparación %1 con su %n resultado? Editar → Deshacer lo recupera.</numerusform>
            <numerusform>¿Eliminar la comparación %1 con sus %n resultados? Editar → Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Comparison</source>
        <translation>Eliminar comparación</translation>
    </message>
    <message>
        <source>Remove comparison %1</source>
        <translation>Eliminar la comparación %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::DiagnosticsPanel</name>
    <message>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>Excluir uno a uno</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>Meta-regression</source>
        <translation>Metarregresión</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Fit the model to every subset of the studies (a random million beyond 20 studies)</source>
        <translation>Ajustar el modelo a cada subconjunto de estudios (un millón aleatorio a partir de 20 estudios)</translation>
    </message>
    <message>
        <source>GOSH</source>
        <translation>GOSH</translation>
    </message>
    <message>
        <source>Leave-one-out forest plot</source>
        <translation>Diagrama de bosque excluyendo un estudio cada vez</translation>
    </message>
    <message>
        <source>Cumulative forest plot</source>
        <translation>Diagrama de bosque acumulado</translation>
    </message>
    <message>
        <source>Meta-regression bubble plot</source>
        <translation>Gráfico de burbujas de metarregresión</translation>
    </message>
    <message>
        <source>GOSH plot</source>
        <translation>Gráfico GOSH</translation>
    </message>
    <message>
        <source>Exclude study</source>
        <translation>Excluir estudio</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Exportar tabla como CSV…</translation>
    </message>
    <message>
        <source>Export influence table</source>
        <translation>Exportar tabla de influencia</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: there are no influence diagnostics to export.</source>
        <translation>No se puede escribir «%1»: no hay diagnósticos de influencia que exportar.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>No analysis to diagnose.</source>
        <translation>No hay ningún análisis que diagnosticar.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 no se pudo calcular: %2</translation>
    </message>
    <message>
        <source>Cumulative meta-analysis</source>
        <translation>Metaanálisis acumulado</translation>
    </message>
    <message>
        <source>Influence diagnostics</source>
        <translation>Diagnóstico de influencia</translation>
    </message>
    <message>
        <source>Influence diagnostics failed: %1</source>
        <translation>El diagnóstico de influencia falló: %1</translation>
    </message>
    <message>
        <source>No study is flagged as influential.</source>
        <translation>Ningún estudio está marcado como influyente.</translation>
    </message>
    <message numerus="yes">
        <source>%n study(s) flagged as influential (highlighted).</source>
        <translation>
            <numerusform>%n estudio marcado como influyente (resaltado).</numerusform>
            <numerusform>%n estudios marcados como influyentes (resaltados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute the GOSH plot first.</source>
        <translation>Calcule primero el gráfico GOSH.</translation>
    </message>
    <message>
        <source>A GOSH plot</source>
        <translation>El gráfico GOSH</translation>
    </message>
    <message>
        <source>%1 subsets of %2 studies. Press Compute to fit them.</source>
        <translation>%1 subconjuntos de %2 estudios. Pulse Calcular para ajustarlos.</translation>
    </message>
    <message>
        <source>%1 random subsets of %2 studies. Press Compute to fit them.</source>
        <translation>%1 subconjuntos aleatorios de %2 estudios. Pulse Calcular para ajustarlos.</translation>
    </message>
    <message>
        <source>Fitting subsets…</source>
        <translation>Ajustando subconjuntos…</translation>
    </message>
    <message>
        <source>GOSH failed: %1</source>
        <translation>GOSH falló: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No subset could be fitted.</source>
        <translation>No se pudo ajustar ningún subconjunto.</translation>
    </message>
    <message>
        <source>All %1 subsets of %2 studies fitted.</source>
        <translation>Ajustados los %1 subconjuntos de %2 estudios.</translation>
    </message>
    <message>
        <source>%1 random subsets of %2 studies fitted (seed 1).</source>
        <translation>Ajustados %1 subconjuntos aleatorios de %2 estudios (semilla 1).</translation>
    </message>
    <message numerus="yes">
        <source> %n fit(s) did not converge and are not shown.</source>
        <translation>
            <numerusform> %n ajuste no convergió y no se muestra.</numerusform>
            <numerusform> %n ajustes no convergieron y no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source> The cross marks the model on all studies.</source>
        <translation> La cruz marca el modelo con todos los estudios.</translation>
    </message>
</context>
<context>
    <name>ee::ui::EnumLabels</name>
    <message>
        <source>Randomised controlled trial</source>
        <translation>Ensayo controlado aleatorizado</translation>
    </message>
    <message>
        <source>Controlled clinical trial (not randomised)</source>
        <translation>Ensayo clínico controlado (no aleatorizado)</translation>
    </message>
    <message>
        <source>Retrospective comparison</source>
        <translation>Comparación retrospectiva</translation>
    </message>
    <message>
        <source>Other design</source>
        <translation>Otro diseño</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>Cell therapy (treatment)</source>
        <translation>Terapia celular (tratamiento)</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <translation>Intramuscular</translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation>Subcutánea</translation>
    </message>
    <message>
        <source>Intra-arterial</source>
        <translation>Intraarterial</translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation>Intravenosa</translation>
    </message>
    <message>
        <source>Topical</source>
        <translation>Tópica</translation>
    </message>
    <message>
        <source>Combined routes</source>
        <translation>Vías combinadas</translation>
    </message>
    <message>
        <source>Autologous</source>
        <translation>Autóloga</translation>
    </message>
    <message>
        <source>Allogeneic</source>
        <translation>Alogénica</translation>
    </message>
    <message>
        <source>total cells per patient</source>
        <translation>células totales por paciente</translation>
    </message>
    <message>
        <source>cells per kg body weight</source>
        <translation>células por kg de peso corporal</translation>
    </message>
    <message>
        <source>cells per leg</source>
        <translation>células por pierna</translation>
    </message>
    <message>
        <source>cells per ulcer</source>
        <translation>células por úlcera</translation>
    </message>
    <message>
        <source>cells per cm²</source>
        <translation>células por cm²</translation>
    </message>
    <message>
        <source>other unit (see dose text)</source>
        <translation>otra unidad (véase el texto de la dosis)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Muy alta</translation>
    </message>
    <message>
        <source>Dose unspecified</source>
        <translation>Dosis no especificada</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Exact: printed in the source</source>
        <translation>Exacto: impreso en la fuente</translation>
    </message>
    <message>
        <source>Derived from a percentage</source>
        <translation>Derivado de un porcentaje</translation>
    </message>
    <message>
        <source>Derived from other printed numbers</source>
        <translation>Derivado de otras cifras publicadas</translation>
    </message>
    <message>
        <source>Approximate: read from a figure or rounded</source>
        <translation>Aproximado: leído de una figura o redondeado</translation>
    </message>
    <message>
        <source>As transcribed from a secondary table</source>
        <translation>Transcrito de una tabla secundaria</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Poco claro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Extractor 1</source>
        <translation>Extractor 1</translation>
    </message>
    <message>
        <source>Extractor 2</source>
        <translation>Extractor 2</translation>
    </message>
</context>
<context>
    <name>ee::ui::ExportDialog</name>
    <message>
        <source>Export plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Follow the plot</source>
        <translation>Según el gráfico</translation>
    </message>
    <message>
        <source>The forest plot&apos;s height follows its rows; funnel and Baujat plots are 4:3.</source>
        <translation>La altura del diagrama de bosque depende de sus filas; los gráficos de embudo y de Baujat son 4:3.</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>Imagen TIFF</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectorial)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectorial)</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Escala de grises</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Fondo transparente</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source> · %1 × %2 px at %3 dpi</source>
        <translation> · %1 × %2 px a %3 ppp</translation>
    </message>
    <message>
        <source> · vector, text as text</source>
        <translation> · vectorial, texto como texto</translation>
    </message>
    <message>
        <source>The plot no longer exists.</source>
        <translation>El gráfico ya no existe.</translation>
    </message>
    <message>
        <source>TIFF image (*.tiff *.tif)</source>
        <translation>Imagen TIFF (*.tiff *.tif)</translation>
    </message>
    <message>
        <source>%1 file (*.%2)</source>
        <translation>Archivo %1 (*.%2)</translation>
    </message>
    <message>
        <source>Copy as SVG</source>
        <translation>Copiar como SVG</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>ee::ui::ExportSizeFields</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ancho:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;lto:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>F&amp;uente:</translation>
    </message>
</context>
<context>
    <name>ee::ui::FacetFilterBox</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Tick every level of %1</source>
        <translation>Marcar todos los niveles de %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Untick every level of %1</source>
        <translation>Desmarcar todos los niveles de %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s) with data</source>
        <translation>
            <numerusform>%n comparación con datos</numerusform>
            <numerusform>%n comparaciones con datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies)</source>
        <translation>
            <numerusform>%n estudio</numerusform>
            <numerusform>%n estudios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ee::ui::FilterPanel</name>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Desenlace:</translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s) with data</source>
        <translation>
            <numerusform>%n comparación con datos</numerusform>
            <numerusform>%n comparaciones con datos</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No filter: all studies.</source>
        <translation>Sin filtros: todos los estudios.</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
    <message>
        <source>Click a filter to clear it</source>
        <translation>Haga clic en un filtro para quitarlo</translation>
    </message>
</context>
<context>
    <name>ee::ui::ForestLayout</name>
    <message>
        <source>No study to show for this outcome with the current filters.</source>
        <translation>No hay ningún estudio que mostrar para este desenlace con los filtros actuales.</translation>
    </message>
    <message>
        <source>Not estimable</source>
        <translation>No estimable</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Intervalo de predicción</translation>
    </message>
    <message>
        <source>(excluded)</source>
        <translation>(excluido)</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <source>Study or subgroup</source>
        <translation>Estudio o subgrupo</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
</context>
<context>
    <name>ee::ui::FunnelPlot</name>
    <message>
        <source>Standard error</source>
        <translation>Error estándar</translation>
    </message>
    <message>
        <source>Pseudo 95% CI</source>
        <translation>Pseudo-IC del 95%</translation>
    </message>
    <message>
        <source>Egger&apos;s regression</source>
        <translation>Regresión de Egger</translation>
    </message>
    <message>
        <source>Imputed (trim-and-fill)</source>
        <translation>Imputado (recorte y relleno)</translation>
    </message>
    <message>
        <source>No study to show.</source>
        <translation>No hay ningún estudio que mostrar.</translation>
    </message>
    <message>
        <source>A funnel plot needs at least two studies with a standard error; %1 available.</source>
        <translation>El gráfico de embudo necesita al menos dos estudios con error estándar; hay %1.</translation>
    </message>
    <message>
        <source>p &gt; %1</source>
        <translation>p &gt; %1</translation>
    </message>
    <message>
        <source>%1 &lt; p &lt; %2</source>
        <translation>%1 &lt; p &lt; %2</translation>
    </message>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::GoshPlot</name>
    <message>
        <source>I² (%)</source>
        <translation>I² (%)</translation>
    </message>
    <message>
        <source>All studies</source>
        <translation>Todos los estudios</translation>
    </message>
</context>
<context>
    <name>ee::ui::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Elija un archivo CSV para importar.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a CSV file.</source>
        <translation>«%1» es una carpeta; elija un archivo CSV.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is empty; a CSV file with a header row and data rows is needed.</source>
        <translation>«%1» está vacío; se necesita un archivo CSV con una fila de encabezado y filas de datos.</translation>
    </message>
    <message>
        <source>“%1” is not a text file (it contains binary data); choose a CSV file.</source>
        <translation>«%1» no es un archivo de texto (contiene datos binarios); elija un archivo CSV.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and choose it again.</source>
        <translation>«%1» no es texto UTF-8. Guárdelo desde su hoja de cálculo como «CSV UTF-8» y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid CSV file:
%2</source>
        <translation>«%1» no es un archivo CSV válido:
%2</translation>
    </message>
    <message>
        <source>“%1” has a single column: it seems separated by semicolons or tabs. Save it as comma-separated CSV and choose it again.</source>
        <translation>«%1» tiene una sola columna: parece separado por punto y coma o tabuladores. Guárdelo como CSV separado por comas y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>“%1” has a header but no data rows.</source>
        <translation>«%1» tiene encabezado pero ninguna fila de datos.</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>No file is loaded.</source>
        <translation>No hay ningún archivo cargado.</translation>
    </message>
    <message>
        <source>required, but no column is mapped to it</source>
        <translation>obligatorio, pero no tiene ninguna columna asignada</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>header, column %1: %2</source>
        <translation>encabezado, columna %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>fila %1, columna %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n estudio</numerusform>
            <numerusform>%n estudios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arm(s)</source>
        <translation>
            <numerusform>%n brazo</numerusform>
            <numerusform>%n brazos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s)</source>
        <translation>
            <numerusform>%n comparación</numerusform>
            <numerusform>%n comparaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new outcome(s)</source>
        <translation>
            <numerusform>%n desenlace nuevo</numerusform>
            <numerusform>%n desenlaces nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moderator value(s)</source>
        <translation>
            <numerusform>%n valor de moderador</numerusform>
            <numerusform>%n valores de moderadores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ee::ui::ImportWizardFilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elija un archivo CSV</translation>
    </message>
    <message>
        <source>Each row is a comparison × outcome × time point, or a study. Comma-separated, UTF-8, with a header row. The file is only read, never changed.</source>
        <translation>Cada fila es una comparación × desenlace × momento de medición, o un estudio. Separado por comas, UTF-8 y con fila de encabezado. El archivo solo se lee; nunca se modifica.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Ruta de un archivo .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n data row(s)</source>
        <translation>
            <numerusform>«%1»: %n fila de datos</numerusform>
            <numerusform>«%1»: %n filas de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n columna: %1</numerusform>
            <numerusform>%n columnas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ee::ui::ImportWizardMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to “Ignore” are not imported; other columns can become moderators.</source>
        <translation>Elija qué contiene cada columna del archivo. Las columnas marcadas como «Ignorar» no se importan; las demás columnas pueden convertirse en moderadores.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de muestra</translation>
    </message>
    <message>
        <source>Values for every row (used when no column is mapped)</source>
        <translation>Valores para todas las filas (se usan cuando no hay ninguna columna asignada)</translation>
    </message>
    <message>
        <source>Treatment arm (arm_t):</source>
        <translation>Brazo de tratamiento (arm_t):</translation>
    </message>
    <message>
        <source>Control arm (arm_c):</source>
        <translation>Brazo control (arm_c):</translation>
    </message>
    <message>
        <source>Outcome (outcome):</source>
        <translation>Desenlace (outcome):</translation>
    </message>
    <message>
        <source>Time point (timepoint):</source>
        <translation>Momento de medición (timepoint):</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Importar la columna %1 como</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Moderator (study): %1</source>
        <translation>Moderador (estudio): %1</translation>
    </message>
    <message>
        <source>Moderator (comparison): %1</source>
        <translation>Moderador (comparación): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>from column “%1”</source>
        <translation>de la columna «%1»</translation>
    </message>
    <message>
        <source>Required but not provided: %1. Map a column to each, or give a value for every row.</source>
        <translation>Obligatorios pero no indicados: %1. Asigne una columna a cada uno o indique un valor para todas las filas.</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>Columna «%1»: %2</translation>
    </message>
    <message>
        <source>No column gives the comparison label: each row&apos;s study label is used.</source>
        <translation>Ninguna columna da la etiqueta de la comparación: se usa la etiqueta del estudio de cada fila.</translation>
    </message>
</context>
<context>
    <name>ee::ui::ImportWizardPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Revisar las filas</translation>
    </message>
    <message>
        <source>Every row is checked with the same rules as the extraction forms. Nothing is written until you press Import, and then all rows are imported as one step that Undo takes back.</source>
        <translation>Cada fila se comprueba con las mismas reglas que los formularios de extracción. No se escribe nada hasta que pulse Importar; entonces todas las filas se importan en un solo paso que Deshacer revierte.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The project cannot be checked: %1</source>
        <translation>No se puede comprobar el proyecto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problema encontrado</numerusform>
            <numerusform>%n problemas encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n row(s).</source>
        <translation>
            <numerusform>en %n fila.</numerusform>
            <numerusform>en %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until they are fixed: go Back to change the mapping, or correct the file and choose it again.</source>
        <translation>No se puede importar nada hasta que se corrijan: vuelva Atrás para cambiar la asignación, o corrija el archivo y vuelva a elegirlo.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %1 from %n row(s).</source>
        <translation>
            <numerusform>Listo para importar %1 de %n fila.</numerusform>
            <numerusform>Listo para importar %1 de %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table shows the first %1 of %2 rows; the list names problems in every row.</source>
        <translation>La tabla muestra las primeras %1 de %2 filas; la lista indica los problemas de todas las filas.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::ImportWizardResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Imported from “%1”:</source>
        <translation>Importado de «%1»:</translation>
    </message>
    <message numerus="yes">
        <source>• %n study(ies): %1</source>
        <translation>
            <numerusform>• %n estudio: %1</numerusform>
            <numerusform>• %n estudios: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n arm(s)</source>
        <translation>
            <numerusform>• %n brazo</numerusform>
            <numerusform>• %n brazos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n comparison(s)</source>
        <translation>
            <numerusform>• %n comparación</numerusform>
            <numerusform>• %n comparaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n outcome result(s)</source>
        <translation>
            <numerusform>• %n resultado</numerusform>
            <numerusform>• %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n new outcome(s)</source>
        <translation>
            <numerusform>• %n desenlace nuevo</numerusform>
            <numerusform>• %n desenlaces nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n moderator value(s)</source>
        <translation>
            <numerusform>• %n valor de moderador</numerusform>
            <numerusform>• %n valores de moderadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) removes the whole import in one step.</source>
        <translation>Editar → Deshacer (Ctrl+Z) elimina toda la importación en un solo paso.</translation>
    </message>
    <message>
        <source>The rows are in the project now; the explorer shows them.</source>
        <translation>Las filas ya están en el proyecto; el explorador las muestra.</translation>
    </message>
</context>
<context>
    <name>ee::ui::InfluenceTableModel</name>
    <message>
        <source>influential</source>
        <translation>influyente</translation>
    </message>
    <message>
        <source>Studentized deleted residual</source>
        <translation>Residuo estudentizado eliminado</translation>
    </message>
    <message>
        <source>Change in the fitted value in standard deviations when the study is left out</source>
        <translation>Cambio en el valor ajustado, en desviaciones estándar, al excluir el estudio</translation>
    </message>
    <message>
        <source>Cook&apos;s distance</source>
        <translation>Distancia de Cook</translation>
    </message>
    <message>
        <source>Covariance ratio: precision lost (&gt; 1) or gained (&lt; 1) with the study</source>
        <translation>Razón de covarianzas: precisión perdida (&gt; 1) o ganada (&lt; 1) con el estudio</translation>
    </message>
    <message>
        <source>τ² without the study</source>
        <translation>τ² sin el estudio</translation>
    </message>
    <message>
        <source>Q without the study</source>
        <translation>Q sin el estudio</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Influencia potencial (leverage)</translation>
    </message>
    <message>
        <source>metafor&apos;s rule: |DFFITS| &gt; 3√(p/(k−p)), P(χ²ₚ ≤ Cook&apos;s D) &gt; 0.5, hat &gt; 3p/k or |DFBETAS| &gt; 1</source>
        <translation>regla de metafor: |DFFITS| &gt; 3√(p/(k−p)), P(χ²ₚ ≤ D de Cook) &gt; 0,5, hat &gt; 3p/k o |DFBETAS| &gt; 1</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>rstudent</source>
        <translation>rstudent</translation>
    </message>
    <message>
        <source>DFFITS</source>
        <translation>DFFITS</translation>
    </message>
    <message>
        <source>Cook&apos;s D</source>
        <translation>D de Cook</translation>
    </message>
    <message>
        <source>cov.r</source>
        <translation>cov.r</translation>
    </message>
    <message>
        <source>τ²(−i)</source>
        <translation>τ²(−i)</translation>
    </message>
    <message>
        <source>QE(−i)</source>
        <translation>QE(−i)</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
</context>
<context>
    <name>ee::ui::MainWindow</name>
    <message>
        <source>Evidence Explorer</source>
        <translation>Evidence Explorer</translation>
    </message>
    <message>
        <source>No project open: File → Open, or File → Open Example.</source>
        <translation>No hay ningún proyecto abierto: Archivo → Abrir, o Archivo → Abrir ejemplo.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export Plot</source>
        <translation>E&amp;xportar gráfico</translation>
    </message>
    <message>
        <source>&amp;Forest Plot…</source>
        <translation>&amp;Diagrama de bosque…</translation>
    </message>
    <message>
        <source>F&amp;unnel Plot…</source>
        <translation>Gráfico de &amp;embudo…</translation>
    </message>
    <message>
        <source>&amp;Baujat Plot…</source>
        <translation>Gráfico de &amp;Baujat…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Export R &amp;Script…</source>
        <translation>Exportar script de &amp;R…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;All Plots</source>
        <translation>&amp;Todos los gráficos</translation>
    </message>
    <message>
        <source>&amp;Forest Plot Only</source>
        <translation>Solo el diagrama de &amp;bosque</translation>
    </message>
    <message>
        <source>F&amp;unnel Plot Only</source>
        <translation>Solo el gráfico de &amp;embudo</translation>
    </message>
    <message>
        <source>&amp;Baujat Plot Only</source>
        <translation>Solo el gráfico de Bau&amp;jat</translation>
    </message>
    <message>
        <source>Forest Plot &amp;Columns</source>
        <translation>&amp;Columnas del diagrama de bosque</translation>
    </message>
    <message>
        <source>&amp;Contour-Enhanced Funnel</source>
        <translation>Embudo con c&amp;ontornos</translation>
    </message>
    <message>
        <source>&amp;Small-Study Tests on Funnel</source>
        <translation>&amp;Pruebas de estudios pequeños en el embudo</translation>
    </message>
    <message>
        <source>Egger&apos;s regression line, trim-and-fill&apos;s imputed studies and the Egger and Begg tests</source>
        <translation>Recta de regresión de Egger, estudios imputados por recorte y relleno y pruebas de Egger y de Begg</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>&amp;Sort Studies By</source>
        <translation>&amp;Ordenar estudios por</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <source>&amp;Effect</source>
        <translation>&amp;Efecto</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Peso</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>E&amp;tiqueta</translation>
    </message>
    <message>
        <source>E&amp;xclude Selected Studies</source>
        <translation>E&amp;xcluir estudios seleccionados</translation>
    </message>
    <message>
        <source>&amp;Include All Studies</source>
        <translation>&amp;Incluir todos los estudios</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Evidence Explorer</source>
        <translation>&amp;Acerca de Evidence Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [solo lectura]</translation>
    </message>
    <message>
        <source>Opened %1 read-only; File → Save As makes an editable copy.</source>
        <translation>Se abrió %1 en modo de solo lectura; Archivo → Guardar como crea una copia editable.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>No project is open. Use File → Open Example to explore a bundled evidence base.</source>
        <translation>No hay ningún proyecto abierto. Use Archivo → Abrir ejemplo para explorar una base de evidencia incluida.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Evidence projects (*.evidence);;All files (*)</source>
        <translation>Proyectos de evidencia (*.evidence);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>No se pudo abrir el proyecto</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>No hay nada que guardar</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Evidence projects (*.evidence)</source>
        <translation>Proyectos de evidencia (*.evidence)</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>No se pudo guardar el proyecto</translation>
    </message>
    <message>
        <source>Could not open the saved copy</source>
        <translation>No se pudo abrir la copia guardada</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>No hay nada que informar</translation>
    </message>
    <message>
        <source>No analysis to report.</source>
        <translation>No hay ningún análisis para el informe.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>Informe HTML (*.html);;Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Evidence Explorer report</source>
        <translation>Informe de Evidence Explorer</translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>No se pudo escribir el informe</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>No hay nada que exportar</translation>
    </message>
    <message>
        <source>No analysis to export.</source>
        <translation>No hay ningún análisis que exportar.</translation>
    </message>
    <message>
        <source>Export R Script</source>
        <translation>Exportar script de R</translation>
    </message>
    <message>
        <source>R script (*.R)</source>
        <translation>Script de R (*.R)</translation>
    </message>
    <message>
        <source>Could not write the data</source>
        <translation>No se pudieron escribir los datos</translation>
    </message>
    <message>
        <source>Could not write the R script</source>
        <translation>No se pudo escribir el script de R</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>R script and data written to %1 and %2</source>
        <translation>Script de R y datos escritos en %1 y %2</translation>
    </message>
    <message>
        <source>Cell therapy for diabetic foot ulcers (bundled)</source>
        <translation>Terapia celular para úlceras del pie diabético (incluido)</translation>
    </message>
    <message>
        <source>Could not open the example</source>
        <translation>No se pudo abrir el ejemplo</translation>
    </message>
    <message>
        <source>No example projects were found in %1</source>
        <translation>No se encontraron proyectos de ejemplo en %1</translation>
    </message>
    <message>
        <source>About Evidence Explorer</source>
        <translation>Acerca de Evidence Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Evidence Explorer %1&lt;/h3&gt;&lt;p&gt;Explore meta-analytic evidence: filter trials by cell type, dose, route and region, and see forest, funnel and Baujat plots recomputed as you go.&lt;/p&gt;&lt;p&gt;Pooling follows the methods of R&apos;s metafor package, against which the engine is tested.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Evidence Explorer %1&lt;/h3&gt;&lt;p&gt;Explore la evidencia metaanalítica: filtre los ensayos por tipo celular, dosis, vía de administración y región, y vea cómo se recalculan al instante los diagramas de bosque y los gráficos de embudo y de Baujat.&lt;/p&gt;&lt;p&gt;La combinación sigue los métodos del paquete metafor de R, con el que se contrasta el motor de cálculo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not render the main window.</source>
        <translation>No se pudo representar la ventana principal.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>No se pudo escribir la captura de pantalla en %1.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>No se escribió: %1</translation>
    </message>
    <message>
        <source>Export &amp;All Plots…</source>
        <translation>Exportar &amp;todos los gráficos…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Edit &amp;Study…</source>
        <translation>Editar &amp;estudio…</translation>
    </message>
    <message>
        <source>Open the selected study in the study editor (or double-click it in a plot or the table)</source>
        <translation>Abrir el estudio seleccionado en el editor de estudios (o hacer doble clic en él en un gráfico o en la tabla)</translation>
    </message>
    <message>
        <source>&amp;New Study…</source>
        <translation>&amp;Nuevo estudio…</translation>
    </message>
    <message>
        <source>&amp;Import Studies from CSV…</source>
        <translation>&amp;Importar estudios desde CSV…</translation>
    </message>
    <message>
        <source>Re&amp;concile Dual Extraction…</source>
        <translation>&amp;Conciliar la doble extracción…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Use &amp;Values From</source>
        <translation>Usar los &amp;valores de</translation>
    </message>
    <message>
        <source>Dual extraction: analyse the consensus values, or one extractor&apos;s values</source>
        <translation>Doble extracción: analizar los valores de consenso o los de uno de los extractores</translation>
    </message>
    <message>
        <source>&amp;Consensus</source>
        <translation>&amp;Consenso</translation>
    </message>
    <message>
        <source>Extractor &amp;1</source>
        <translation>Extractor &amp;1</translation>
    </message>
    <message>
        <source>Extractor &amp;2</source>
        <translation>Extractor &amp;2</translation>
    </message>
    <message>
        <source>Nothing to edit</source>
        <translation>No hay nada que editar</translation>
    </message>
    <message>
        <source>No project is open. Use File → Open, or File → Open Example.</source>
        <translation>No hay ningún proyecto abierto. Use Archivo → Abrir, o Archivo → Abrir ejemplo.</translation>
    </message>
    <message>
        <source>Editing is not available</source>
        <translation>La edición no está disponible</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Proyecto de solo lectura</translation>
    </message>
    <message>
        <source>%1 is open read-only (the bundled evidence base is never changed). Save an editable copy and edit that?</source>
        <translation>%1 está abierto en modo de solo lectura (la base de evidencia incluida nunca se modifica). ¿Guardar una copia editable y editarla?</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Diagrama de bosque</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Gráfico de embudo</translation>
    </message>
    <message>
        <source>Baujat plot</source>
        <translation>Gráfico de Baujat</translation>
    </message>
</context>
<context>
    <name>ee::ui::MetaRegressionView</name>
    <message>
        <source>Log₁₀ scale</source>
        <translation>Escala log₁₀</translation>
    </message>
    <message>
        <source>Permutation test (1,000)</source>
        <translation>Prueba de permutación (1000)</translation>
    </message>
    <message>
        <source>Moderator:</source>
        <translation>Moderador:</translation>
    </message>
    <message>
        <source>Regress on log₁₀ of the moderator (doses in cells)</source>
        <translation>Regresión sobre el log₁₀ del moderador (dosis en células)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>EE</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>IC</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>No study to show.</source>
        <translation>No hay ningún estudio que mostrar.</translation>
    </message>
    <message>
        <source> (categorical)</source>
        <translation> (categórico)</translation>
    </message>
    <message>
        <source>Meta-regression</source>
        <translation>Metarregresión</translation>
    </message>
    <message>
        <source>No moderator varies among the pooled studies.</source>
        <translation>Ningún moderador varía entre los estudios combinados.</translation>
    </message>
    <message>
        <source>%1 is recorded for %2 pooled studies; meta-regression needs at least %3.</source>
        <translation>%1 está registrado en %2 estudios combinados; la metarregresión necesita al menos %3.</translation>
    </message>
    <message>
        <source>%1 has %2 coefficients for %3 studies: meta-regression needs more studies than coefficients.</source>
        <translation>%1 tiene %2 coeficientes para %3 estudios: la metarregresión necesita más estudios que coeficientes.</translation>
    </message>
    <message>
        <source>log₁₀ %1</source>
        <translation>log₁₀ %1</translation>
    </message>
    <message>
        <source>Test of moderators: F(%1, %2) = %3, p %4</source>
        <translation>Prueba de moderadores: F(%1, %2) = %3, p %4</translation>
    </message>
    <message>
        <source>Test of moderators: QM(df = %1) = %2, p %3</source>
        <translation>Prueba de moderadores: QM(gl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Residual heterogeneity: QE(df = %1) = %2, p %3</source>
        <translation>Heterogeneidad residual: QE(gl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>τ² (residual) = %1</source>
        <translation>τ² (residual) = %1</translation>
    </message>
    <message>
        <source>; R² = %1%</source>
        <translation>; R² = %1%</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n pooled studies without a value left out)</source>
        <translation>
            <numerusform> (%n estudio combinado sin valor excluido)</numerusform>
            <numerusform> (%n estudios combinados sin valor excluidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta-regression on %1 is not possible: %2</source>
        <translation>La metarregresión sobre %1 no es posible: %2</translation>
    </message>
    <message>
        <source>Running %1 permutations…</source>
        <translation>Ejecutando %1 permutaciones…</translation>
    </message>
    <message>
        <source>Permutation test failed: %1</source>
        <translation>La prueba de permutación falló: %1</translation>
    </message>
    <message>
        <source>Permutation test (%1%2 permutations, seed %3): QM p %4</source>
        <translation>Prueba de permutación (%1%2 permutaciones, semilla %3): QM p %4</translation>
    </message>
    <message>
        <source>exact, </source>
        <translation>exacta, </translation>
    </message>
    <message>
        <source>%1: p %2</source>
        <translation>%1: p %2</translation>
    </message>
</context>
<context>
    <name>ee::ui::ModelPanel</name>
    <message>
        <source>Hartung-Knapp-Sidik-Jonkman</source>
        <translation>Hartung-Knapp-Sidik-Jonkman</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Intervalo de predicción</translation>
    </message>
    <message>
        <source>Fixed effect</source>
        <translation>Efectos fijos</translation>
    </message>
    <message>
        <source>Random effects</source>
        <translation>Efectos aleatorios</translation>
    </message>
    <message>
        <source>Automatic (review&apos;s rule)</source>
        <translation>Automático (regla de la revisión)</translation>
    </message>
    <message>
        <source>REML (restricted maximum likelihood)</source>
        <translation>REML (máxima verosimilitud restringida)</translation>
    </message>
    <message>
        <source>DerSimonian-Laird</source>
        <translation>DerSimonian-Laird</translation>
    </message>
    <message>
        <source>Paule-Mandel</source>
        <translation>Paule-Mandel</translation>
    </message>
    <message>
        <source>Maximum likelihood</source>
        <translation>Máxima verosimilitud</translation>
    </message>
    <message>
        <source>Sidik-Jonkman</source>
        <translation>Sidik-Jonkman</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Hedges</translation>
    </message>
    <message>
        <source>Empirical Bayes</source>
        <translation>Bayes empírico</translation>
    </message>
    <message>
        <source>Test and confidence interval of the pooled estimate from a t distribution with k - 1 degrees of freedom and the Hartung-Knapp variance</source>
        <translation>Prueba e intervalo de confianza de la estimación combinada a partir de una distribución t con k - 1 grados de libertad y la varianza de Hartung-Knapp</translation>
    </message>
    <message>
        <source>Range in which the effect of a new study is expected to lie (random effects)</source>
        <translation>Intervalo en el que se espera que se sitúe el efecto de un nuevo estudio (efectos aleatorios)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Effect &amp;measure:</source>
        <translation>&amp;Medida del efecto:</translation>
    </message>
    <message>
        <source>&amp;Pooling:</source>
        <translation>Método de &amp;combinación:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odelo:</translation>
    </message>
    <message>
        <source>&amp;τ² estimator:</source>
        <translation>&amp;Estimador de τ²:</translation>
    </message>
    <message>
        <source>S&amp;ubgroups by:</source>
        <translation>S&amp;ubgrupos por:</translation>
    </message>
    <message>
        <source>Odds ratio</source>
        <translation>Odds ratio</translation>
    </message>
    <message>
        <source>Risk ratio</source>
        <translation>Riesgo relativo</translation>
    </message>
    <message>
        <source>Risk difference</source>
        <translation>Diferencia de riesgos</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>Diferencia de medias</translation>
    </message>
    <message>
        <source>Standardised mean difference (Hedges&apos; g)</source>
        <translation>Diferencia de medias estandarizada (g de Hedges)</translation>
    </message>
    <message>
        <source>Mantel-Haenszel</source>
        <translation>Mantel-Haenszel</translation>
    </message>
    <message>
        <source>Peto</source>
        <translation>Peto</translation>
    </message>
    <message>
        <source>Inverse variance</source>
        <translation>Inverso de la varianza</translation>
    </message>
    <message>
        <source>Fixed effect when I² &lt; 50% and P(Q) &gt; %1, random effects otherwise</source>
        <translation>Efectos fijos si I² &lt; 50% y P(Q) &gt; %1; si no, efectos aleatorios</translation>
    </message>
</context>
<context>
    <name>ee::ui::ModeratorForm</name>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Tal como se publica</translation>
    </message>
    <message>
        <source>Value (or lower end)</source>
        <translation>Valor (o extremo inferior)</translation>
    </message>
    <message>
        <source>Upper end</source>
        <translation>Extremo superior</translation>
    </message>
    <message>
        <source>New value of</source>
        <translation>Nuevo valor de</translation>
    </message>
    <message>
        <source>for</source>
        <translation>para</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>Eliminar seleccionados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>whole study</source>
        <translation>todo el estudio</translation>
    </message>
    <message>
        <source>comparison %1</source>
        <translation>comparación %1</translation>
    </message>
    <message>
        <source>the whole study</source>
        <translation>todo el estudio</translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation>El valor de %1</translation>
    </message>
    <message>
        <source>The upper end of %1</source>
        <translation>El extremo superior de %1</translation>
    </message>
    <message>
        <source>%1: an upper end needs a value (give both as the same number for a single value).</source>
        <translation>%1: un extremo superior necesita un valor (indique ambos con el mismo número para un valor único).</translation>
    </message>
    <message>
        <source>%1: the upper end (%2) is below the value (%3).</source>
        <translation>%1: el extremo superior (%2) es menor que el valor (%3).</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Select a moderator value to remove.</source>
        <translation>Seleccione un valor de moderador para eliminarlo.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::NumberParser</name>
    <message>
        <source>%1 is too large: %2</source>
        <translation>%1 es demasiado grande: %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 debe ser un número entero; se indicó %2</translation>
    </message>
    <message>
        <source>%1 must be a number, got &quot;%2&quot;</source>
        <translation>%1 debe ser un número; se indicó «%2»</translation>
    </message>
</context>
<context>
    <name>ee::ui::OutcomeDataForm</name>
    <message>
        <source>%1 must be a count, not a percentage: use “From percent…” to convert %2 of N.</source>
        <translation>%1 debe ser un recuento, no un porcentaje: use «Desde porcentaje…» para convertir el %2 de N.</translation>
    </message>
    <message>
        <source>%1 must be a number, not a percentage (got %2).</source>
        <translation>%1 debe ser un número, no un porcentaje (se indicó %2).</translation>
    </message>
    <message>
        <source>%1 must be a whole number (got “%2”).</source>
        <translation>%1 debe ser un número entero (se indicó «%2»).</translation>
    </message>
    <message>
        <source>%1 is too large (got %2).</source>
        <translation>%1 es demasiado grande (se indicó %2).</translation>
    </message>
    <message>
        <source>%1 must be a number (got “%2”).</source>
        <translation>%1 debe ser un número (se indicó «%2»).</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Extractor 1</source>
        <translation>Extractor 1</translation>
    </message>
    <message>
        <source>Extractor 2</source>
        <translation>Extractor 2</translation>
    </message>
    <message>
        <source>Consensus values are the ones the analysis uses. Values entered as an extractor are kept apart for reconciliation and do not change the consensus.</source>
        <translation>El análisis usa los valores de consenso. Los valores introducidos como extractor se guardan aparte para la conciliación y no modifican el consenso.</translation>
    </message>
    <message>
        <source>&amp;Entering as:</source>
        <translation>&amp;Introduciendo como:</translation>
    </message>
    <message>
        <source>&amp;Add result</source>
        <translation>&amp;Añadir resultado</translation>
    </message>
    <message>
        <source>&amp;Remove result…</source>
        <translation>&amp;Eliminar resultado…</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Control arm</source>
        <translation>Brazo control</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Momento de medición</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>&amp;Comparación:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Desenlace:</translation>
    </message>
    <message>
        <source>as reported, e.g. 12 weeks</source>
        <translation>tal como se publica, p. ej., 12 semanas</translation>
    </message>
    <message>
        <source>&amp;Time point:</source>
        <translation>&amp;Momento de medición:</translation>
    </message>
    <message>
        <source>From percent…</source>
        <translation>Desde porcentaje…</translation>
    </message>
    <message>
        <source>Convert a printed percentage of this arm&apos;s N to a number of events</source>
        <translation>Convertir un porcentaje publicado de la N de este brazo en un número de eventos</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>Media:</translation>
    </message>
    <message>
        <source>SD:</source>
        <translation>DE:</translation>
    </message>
    <message>
        <source>N:</source>
        <translation>N:</translation>
    </message>
    <message>
        <source>Source of these values</source>
        <translation>Fuente de estos valores</translation>
    </message>
    <message>
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 frente a %3</translation>
    </message>
    <message>
        <source>events / N</source>
        <translation>eventos / N</translation>
    </message>
    <message>
        <source>mean, SD, N</source>
        <translation>media, DE, N</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>arm %1</source>
        <translation>brazo %1</translation>
    </message>
    <message>
        <source>comparison %1</source>
        <translation>comparación %1</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>Choose the comparison.</source>
        <translation>Elija la comparación.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Elija el desenlace.</translation>
    </message>
    <message>
        <source>“%1” takes %2, but this result holds %3: add a new result for it instead.</source>
        <translation>«%1» admite %2, pero este resultado contiene %3: añada en su lugar un resultado nuevo.</translation>
    </message>
    <message>
        <source>events and N</source>
        <translation>eventos y N</translation>
    </message>
    <message>
        <source>means and SDs</source>
        <translation>medias y DE</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>%1 already has a result for “%2” without a time point.</source>
        <translation>%1 ya tiene un resultado para «%2» sin momento de medición.</translation>
    </message>
    <message>
        <source>%1 already has a result for “%2” at “%3”.</source>
        <translation>%1 ya tiene un resultado para «%2» en «%3».</translation>
    </message>
    <message>
        <source>Saved; the edit of %1 is not saved until it is fixed</source>
        <translation>Guardado; el cambio en %1 no se guarda hasta que se corrija</translation>
    </message>
    <message>
        <source>Saved; the new comparison, outcome or time point is not saved: %1</source>
        <translation>Guardado; la nueva comparación, desenlace o momento de medición no se ha guardado: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved yet: fix %1</source>
        <translation>Aún sin guardar: corrija %1</translation>
    </message>
    <message>
        <source>Not saved yet: needs %1</source>
        <translation>Aún sin guardar: falta %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Aún sin guardar: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 ± %2 (N %3)</source>
        <translation>%1 ± %2 (N %3)</translation>
    </message>
    <message>
        <source>%1 (shared with %2)</source>
        <translation>%1 (compartido con %2)</translation>
    </message>
    <message>
        <source>Treatment arm</source>
        <translation>Brazo de tratamiento</translation>
    </message>
    <message>
        <source>Treatment arm: %1</source>
        <translation>Brazo de tratamiento: %1</translation>
    </message>
    <message>
        <source>Control arm: %1</source>
        <translation>Brazo control: %1</translation>
    </message>
    <message>
        <source>The control arm %1 is shared with %2: its numbers should be the same in each comparison.</source>
        <translation>El brazo control %1 se comparte con %2: sus cifras deben ser las mismas en cada comparación.</translation>
    </message>
    <message>
        <source>This study has no comparisons yet: add them on the Comparisons tab.</source>
        <translation>Este estudio aún no tiene comparaciones: añádalas en la pestaña Comparaciones.</translation>
    </message>
    <message>
        <source>No results entered as %1 yet: use Add result.</source>
        <translation>Aún no hay resultados introducidos como %1: use Añadir resultado.</translation>
    </message>
    <message>
        <source>derived from percent: %1</source>
        <translation>derivado de un porcentaje: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 en %3</translation>
    </message>
    <message>
        <source>Remove the result %1 (entered as %2)?

Edit → Undo brings it back.</source>
        <translation>¿Eliminar el resultado %1 (introducido como %2)?

Editar → Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Discard the result %1? It has not been saved.</source>
        <translation>¿Descartar el resultado %1? No se ha guardado.</translation>
    </message>
    <message>
        <source>Remove result</source>
        <translation>Eliminar resultado</translation>
    </message>
    <message>
        <source>Remove result %1</source>
        <translation>Eliminar el resultado %1</translation>
    </message>
    <message>
        <source>Could not remove the result: %1</source>
        <translation>No se pudo eliminar el resultado: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>Add result %1, %2</source>
        <translation>Añadir el resultado %1, %2</translation>
    </message>
    <message>
        <source>Add result %1, %2 at %3</source>
        <translation>Añadir el resultado %1, %2 en %3</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Change comparison</source>
        <translation>Cambiar la comparación</translation>
    </message>
    <message>
        <source>Change outcome</source>
        <translation>Cambiar el desenlace</translation>
    </message>
    <message>
        <source>Edit time point</source>
        <translation>Editar el momento de medición</translation>
    </message>
    <message>
        <source>Edit source of values</source>
        <translation>Editar la fuente de los valores</translation>
    </message>
    <message>
        <source>Events from a percentage</source>
        <translation>Eventos a partir de un porcentaje</translation>
    </message>
    <message>
        <source>%1 as a percentage of its N (e.g. 45%):</source>
        <translation>%1 como porcentaje de su N (p. ej., 45%):</translation>
    </message>
    <message>
        <source>“%1” is not a percentage between 0% and 100%.</source>
        <translation>«%1» no es un porcentaje entre 0% y 100%.</translation>
    </message>
    <message>
        <source>Enter %1 first: the percentage is taken of it.</source>
        <translation>Introduzca antes %1: el porcentaje se calcula sobre ese valor.</translation>
    </message>
    <message>
        <source>Convert percent to %1</source>
        <translation>Convertir porcentaje en %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::PlotArea</name>
    <message>
        <source>Forest plot</source>
        <translation>Diagrama de bosque</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Gráfico de embudo</translation>
    </message>
    <message>
        <source>Baujat plot</source>
        <translation>Gráfico de Baujat</translation>
    </message>
</context>
<context>
    <name>ee::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The language “%1” could not be loaded; the interface stays as it was.</source>
        <translation>No se pudo cargar el idioma «%1»; la interfaz se mantiene como estaba.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>&amp;Extractor&apos;s name:</source>
        <translation>&amp;Nombre del extractor:</translation>
    </message>
    <message>
        <source>Recorded as “entered by” with every value typed into the extraction forms.</source>
        <translation>Se registra como «introducido por» con cada valor escrito en los formularios de extracción.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>ee::ui::ProjectEditor</name>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>This project is open read-only. Use File → Save As to make an editable copy.</source>
        <translation>Este proyecto está abierto en modo de solo lectura. Use Archivo → Guardar como para crear una copia editable.</translation>
    </message>
    <message>
        <source>Editing is off because the undo log could not be set up: %1</source>
        <translation>La edición está desactivada porque no se pudo configurar el registro para deshacer: %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::ProvenanceEditor</name>
    <message>
        <source>Pick a citation or type one</source>
        <translation>Elija una referencia o escríbala</translation>
    </message>
    <message>
        <source>The source the value was read from: a publication or a registry record.</source>
        <translation>La fuente de la que se leyó el valor: una publicación o un registro de ensayos.</translation>
    </message>
    <message>
        <source>The text the value was read from, word for word</source>
        <translation>El texto del que se leyó el valor, literalmente</translation>
    </message>
    <message>
        <source>e.g. Table 2, page 5</source>
        <translation>p. ej., tabla 2, página 5</translation>
    </message>
    <message>
        <source>e.g. patients, limbs, ulcers; or the unit of a mean</source>
        <translation>p. ej., pacientes, extremidades, úlceras; o la unidad de una media</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>Cita &amp;textual:</translation>
    </message>
    <message>
        <source>&amp;Page / table:</source>
        <translation>&amp;Página / tabla:</translation>
    </message>
    <message>
        <source>&amp;Unit counted:</source>
        <translation>&amp;Unidad contada:</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>C&amp;onfianza:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Printed in the source</source>
        <translation>Impreso en la fuente</translation>
    </message>
    <message>
        <source>Derived from a percentage</source>
        <translation>Derivado de un porcentaje</translation>
    </message>
    <message>
        <source>Computed from other printed numbers</source>
        <translation>Calculado a partir de otras cifras publicadas</translation>
    </message>
    <message>
        <source>Approximate (read from a figure or rounded)</source>
        <translation>Aproximado (leído de una figura o redondeado)</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Poco claro</translation>
    </message>
    <message>
        <source>As transcribed from a secondary table</source>
        <translation>Transcrito de una tabla secundaria</translation>
    </message>
    <message>
        <source>Not entered yet</source>
        <translation>Aún no introducido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Entered by %1</source>
        <translation>Introducido por %1</translation>
    </message>
    <message>
        <source>Entered by %1 at %2</source>
        <translation>Introducido por %1 el %2</translation>
    </message>
    <message>
        <source>derived from percent</source>
        <translation>derivado de un porcentaje</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>ee::ui::ReconciliationDialog</name>
    <message>
        <source>Whole result</source>
        <translation>Resultado completo</translation>
    </message>
    <message>
        <source>Events (treatment)</source>
        <translation>Eventos (tratamiento)</translation>
    </message>
    <message>
        <source>N (treatment)</source>
        <translation>N (tratamiento)</translation>
    </message>
    <message>
        <source>Events (control)</source>
        <translation>Eventos (control)</translation>
    </message>
    <message>
        <source>N (control)</source>
        <translation>N (control)</translation>
    </message>
    <message>
        <source>Mean (treatment)</source>
        <translation>Media (tratamiento)</translation>
    </message>
    <message>
        <source>SD (treatment)</source>
        <translation>DE (tratamiento)</translation>
    </message>
    <message>
        <source>Mean (control)</source>
        <translation>Media (control)</translation>
    </message>
    <message>
        <source>SD (control)</source>
        <translation>DE (control)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1/%2 vs %3/%4</source>
        <translation>%1/%2 frente a %3/%4</translation>
    </message>
    <message>
        <source>%1 (SD %2, N %3) vs %4 (SD %5, N %6)</source>
        <translation>%1 (DE %2, N %3) frente a %4 (DE %5, N %6)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>derived from percent</source>
        <translation>derivado de un porcentaje</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivado</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>aproximado</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>poco claro</translation>
    </message>
    <message>
        <source>as transcribed</source>
        <translation>transcrito</translation>
    </message>
    <message>
        <source>Not extracted at this time point.</source>
        <translation>No extraído en este momento de medición.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Cita textual: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Contado: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Confianza: %1</translation>
    </message>
    <message>
        <source>Entered by %1 on %2</source>
        <translation>Introducido por %1 el %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>(unknown date)</source>
        <translation>(fecha desconocida)</translation>
    </message>
    <message>
        <source>Reconcile dual extraction</source>
        <translation>Conciliar la doble extracción</translation>
    </message>
    <message>
        <source>Show decided</source>
        <translation>Mostrar las decididas</translation>
    </message>
    <message>
        <source>Also list disagreements that already have a reviewer&apos;s consensus value.</source>
        <translation>Enumerar también las discrepancias que ya tienen un valor de consenso del revisor.</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Momento de medición</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Extractor 1</source>
        <translation>Extractor 1</translation>
    </message>
    <message>
        <source>Extractor 2</source>
        <translation>Extractor 2</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Use extractor 1&apos;s value</source>
        <translation>Usar el valor del extractor 1</translation>
    </message>
    <message>
        <source>Use extractor 2&apos;s value</source>
        <translation>Usar el valor del extractor 2</translation>
    </message>
    <message>
        <source>Consensus value:</source>
        <translation>Valor de consenso:</translation>
    </message>
    <message>
        <source>Consensus value</source>
        <translation>Valor de consenso</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Usar este valor</translation>
    </message>
    <message>
        <source>Accept all agreed values</source>
        <translation>Aceptar todos los valores concordantes</translation>
    </message>
    <message>
        <source>Accept agreed values</source>
        <translation>Aceptar los valores concordantes</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>Nothing to reconcile: no result was extracted by two extractors differently.</source>
        <translation>No hay nada que conciliar: ningún resultado fue extraído de forma distinta por dos extractores.</translation>
    </message>
    <message>
        <source>Nothing left to decide: every disagreement has a consensus value.</source>
        <translation>No queda nada por decidir: todas las discrepancias tienen un valor de consenso.</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s) left to decide.</source>
        <translation>
            <numerusform>Queda %n discrepancia por decidir.</numerusform>
            <numerusform>Quedan %n discrepancias por decidir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed value(s) not yet accepted.</source>
        <translation>
            <numerusform>%n valor concordante aún sin aceptar.</numerusform>
            <numerusform>%n valores concordantes aún sin aceptar.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not extracted)</source>
        <translation>(sin extraer)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>%1 (undecided)</source>
        <translation>%1 (sin decidir)</translation>
    </message>
    <message>
        <source>Select a disagreement to see where each extractor found the value.</source>
        <translation>Seleccione una discrepancia para ver dónde encontró el valor cada extractor.</translation>
    </message>
    <message>
        <source>Use extractor 1&apos;s result</source>
        <translation>Usar el resultado del extractor 1</translation>
    </message>
    <message>
        <source>Use extractor 2&apos;s result</source>
        <translation>Usar el resultado del extractor 2</translation>
    </message>
    <message>
        <source>Use extractor %1&apos;s result (%2, %3)</source>
        <translation>Usar el resultado del extractor %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Use extractor %1&apos;s %2 (%3)</source>
        <translation>Usar %2 del extractor %1 (%3)</translation>
    </message>
    <message>
        <source>Type the consensus value for %1.</source>
        <translation>Escriba el valor de consenso de %1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2.</source>
        <translation>%1 debe ser un número entero; se indicó %2.</translation>
    </message>
    <message>
        <source>Consensus of both extractors&apos; readings, set by the reviewer.</source>
        <translation>Consenso de las lecturas de ambos extractores, fijado por el revisor.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>Set consensus %1 (%2)</source>
        <translation>Fijar el consenso de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ee::ui::RobForm</name>
    <message>
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Some concerns</source>
        <translation>Algunas preocupaciones</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>D1 Randomisation process</source>
        <translation>D1 Proceso de aleatorización</translation>
    </message>
    <message>
        <source>D2 Deviations from intended interventions</source>
        <translation>D2 Desviaciones de las intervenciones previstas</translation>
    </message>
    <message>
        <source>D3 Missing outcome data</source>
        <translation>D3 Datos faltantes del desenlace</translation>
    </message>
    <message>
        <source>D4 Measurement of the outcome</source>
        <translation>D4 Medición del desenlace</translation>
    </message>
    <message>
        <source>D5 Selection of the reported result</source>
        <translation>D5 Selección del resultado notificado</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Was the allocation sequence random and concealed? Do baseline differences suggest a problem with randomisation?</source>
        <translation>¿La secuencia de asignación fue aleatoria y estuvo oculta? ¿Sugieren las diferencias basales un problema con la aleatorización?</translation>
    </message>
    <message>
        <source>Were participants, carers or people delivering the interventions aware of the assignment, and did deviations arise because of the trial context? Was the analysis appropriate to estimate the effect of assignment?</source>
        <translation>¿Conocían la asignación los participantes, los cuidadores o quienes administraban las intervenciones, y hubo desviaciones debidas al contexto del ensayo? ¿Fue adecuado el análisis para estimar el efecto de la asignación?</translation>
    </message>
    <message>
        <source>Were outcome data available for nearly all participants, and if not, could missingness depend on the true value of the outcome?</source>
        <translation>¿Se dispuso de datos del desenlace de casi todos los participantes y, si no, podría la falta de datos depender del valor real del desenlace?</translation>
    </message>
    <message>
        <source>Was the method of measuring the outcome appropriate and the same across groups? Were assessors aware of the intervention received?</source>
        <translation>¿Fue adecuado el método de medición del desenlace e igual en todos los grupos? ¿Conocían los evaluadores la intervención recibida?</translation>
    </message>
    <message>
        <source>Was the result analysed as prespecified, or selected from several measurements or analyses?</source>
        <translation>¿Se analizó el resultado según lo preespecificado, o se seleccionó entre varias mediciones o análisis?</translation>
    </message>
    <message>
        <source>Judgements apply to:</source>
        <translation>Los juicios se aplican a:</translation>
    </message>
    <message>
        <source>RoB 2 assesses a result: judge all outcomes of the study together, or one outcome on its own.</source>
        <translation>RoB 2 evalúa un resultado: juzgue todos los desenlaces del estudio en conjunto, o un desenlace por separado.</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Juicio</translation>
    </message>
    <message>
        <source>Support for the judgement</source>
        <translation>Justificación del juicio</translation>
    </message>
    <message>
        <source>Support for %1</source>
        <translation>Justificación de %1</translation>
    </message>
    <message>
        <source>Overall risk of bias</source>
        <translation>Riesgo de sesgo global</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Modificar:</translation>
    </message>
    <message>
        <source>Record a different overall judgement than the algorithm proposes, with the reason.</source>
        <translation>Registrar un juicio global distinto del que propone el algoritmo, con el motivo.</translation>
    </message>
    <message>
        <source>Overridden overall judgement</source>
        <translation>Juicio global modificado</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motivo de la modificación</translation>
    </message>
    <message>
        <source>Reason for the override (required)</source>
        <translation>Motivo de la modificación (obligatorio)</translation>
    </message>
    <message>
        <source>All outcomes of the study</source>
        <translation>Todos los desenlaces del estudio</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Desenlace: %1</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>Estudio: %1</translation>
    </message>
    <message>
        <source>No study selected</source>
        <translation>Ningún estudio seleccionado</translation>
    </message>
    <message>
        <source>Proposed: %1, overridden: %2 because %3</source>
        <translation>Propuesto: %1; modificado: %2 porque %3</translation>
    </message>
    <message>
        <source>Overall: %1 (proposed by the RoB 2 algorithm)</source>
        <translation>Global: %1 (propuesto por el algoritmo de RoB 2)</translation>
    </message>
    <message>
        <source>Recorded overall judgement: %1. The algorithm proposes one once all five domains are judged.</source>
        <translation>Juicio global registrado: %1. El algoritmo propone uno cuando se han juzgado los cinco dominios.</translation>
    </message>
    <message numerus="yes">
        <source>Not assessed: judge all five domains and the RoB 2 algorithm proposes the overall judgement (%n domain(s) still to judge).</source>
        <translation>
            <numerusform>No evaluado: juzgue los cinco dominios y el algoritmo de RoB 2 propondrá el juicio global (falta %n dominio por juzgar).</numerusform>
            <numerusform>No evaluado: juzgue los cinco dominios y el algoritmo de RoB 2 propondrá el juicio global (faltan %n dominios por juzgar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) have some concerns. The RoB 2 guidance lets you judge the result at high risk of bias when several concerns together substantially lower confidence in it: use Override to do so.</source>
        <translation>
            <numerusform>%n dominio presenta algunas preocupaciones. La guía de RoB 2 permite juzgar el resultado con riesgo de sesgo alto cuando varias preocupaciones juntas reducen sustancialmente la confianza en él: use Modificar para hacerlo.</numerusform>
            <numerusform>%n dominios presentan algunas preocupaciones. La guía de RoB 2 permite juzgar el resultado con riesgo de sesgo alto cuando varias preocupaciones juntas reducen sustancialmente la confianza en él: use Modificar para hacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Set RoB 2 judgement (%1)</source>
        <translation>Fijar el juicio de RoB 2 (%1)</translation>
    </message>
    <message>
        <source>Edit RoB 2 support (%1)</source>
        <translation>Editar la justificación de RoB 2 (%1)</translation>
    </message>
    <message>
        <source>Choose the overall judgement and give the reason for the override.</source>
        <translation>Elija el juicio global e indique el motivo de la modificación.</translation>
    </message>
    <message>
        <source>Remove RoB 2 override</source>
        <translation>Quitar la modificación de RoB 2</translation>
    </message>
    <message>
        <source>Give the reason for overriding the proposed judgement: an override without a reason is not saved.</source>
        <translation>Indique el motivo para modificar el juicio propuesto: una modificación sin motivo no se guarda.</translation>
    </message>
    <message>
        <source>The override must differ from the proposed judgement (%1).</source>
        <translation>La modificación debe ser distinta del juicio propuesto (%1).</translation>
    </message>
    <message>
        <source>Override RoB 2 overall judgement</source>
        <translation>Modificar el juicio global de RoB 2</translation>
    </message>
</context>
<context>
    <name>ee::ui::ScatterStudyPlot</name>
    <message>
        <source>Excluded</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
</context>
<context>
    <name>ee::ui::StudyEditorDialog</name>
    <message>
        <source>Study Editor</source>
        <translation>Editor de estudios</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Estudio:</translation>
    </message>
    <message>
        <source>New Study</source>
        <translation>Nuevo estudio</translation>
    </message>
    <message>
        <source>Remove Study…</source>
        <translation>Eliminar estudio…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Brazos</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaciones</translation>
    </message>
    <message>
        <source>Outcome Data</source>
        <translation>Datos de desenlaces</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderadores</translation>
    </message>
    <message>
        <source>Risk of Bias</source>
        <translation>Riesgo de sesgo</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>No se escribió: %1</translation>
    </message>
    <message>
        <source>Pick a study, or add one with New Study.</source>
        <translation>Elija un estudio o añada uno con Nuevo estudio.</translation>
    </message>
    <message>
        <source>The study is no longer in the project (removed, or its addition was undone).</source>
        <translation>El estudio ya no está en el proyecto (se eliminó o se deshizo su adición).</translation>
    </message>
    <message>
        <source>Every change is saved to the project as you make it; Ctrl+Z undoes it.</source>
        <translation>Cada cambio se guarda en el proyecto en cuanto se hace; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Study Editor — %1</source>
        <translation>Editor de estudios — %1</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Nuevo estudio</translation>
    </message>
    <message>
        <source>New study %1</source>
        <translation>Nuevo estudio %1</translation>
    </message>
    <message>
        <source>Add study %1</source>
        <translation>Añadir el estudio %1</translation>
    </message>
    <message>
        <source>Remove %1 with its %2 arm(s), comparisons, %3 outcome result(s), moderators, risk of bias and notes? Edit → Undo brings everything back.</source>
        <translation>¿Eliminar %1 con sus %2 brazo(s), comparaciones, %3 resultado(s), moderadores, riesgo de sesgo y notas? Editar → Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <source>Remove Study</source>
        <translation>Eliminar estudio</translation>
    </message>
    <message>
        <source>Remove study %1</source>
        <translation>Eliminar el estudio %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::StudyForm</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>First author and year, e.g. Lu 2011</source>
        <translation>Primer autor y año, p. ej., Lu 2011</translation>
    </message>
    <message>
        <source>First author</source>
        <translation>Primer autor</translation>
    </message>
    <message>
        <source>Publication year</source>
        <translation>Año de publicación</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>El año</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>As the source prints it</source>
        <translation>Tal como figura en la fuente</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Continent used for region subgroups</source>
        <translation>Continente usado para los subgrupos por región</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <source>e.g. NCT01065337</source>
        <translation>p. ej., NCT01065337</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Authors, title, journal, year</source>
        <translation>Autores, título, revista, año</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>e.g. 10.1016/j.diabres.2011.01.018</source>
        <translation>p. ej., 10.1016/j.diabres.2011.01.018</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>This study is no longer in the project.</source>
        <translation>Este estudio ya no está en el proyecto.</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>design</source>
        <translation>diseño</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
</context>
<context>
    <name>ee::ui::StudyPlot</name>
    <message>
        <source>Include study</source>
        <translation>Incluir estudio</translation>
    </message>
    <message>
        <source>Exclude study</source>
        <translation>Excluir estudio</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
</context>
<context>
    <name>ee::ui::StudyTableModel</name>
    <message>
        <source>not extracted</source>
        <translation>sin extraer</translation>
    </message>
    <message>
        <source>No data has been extracted for this outcome yet.</source>
        <translation>Aún no se han extraído datos para este desenlace.</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Effect [95% CI]</source>
        <translation>Efecto [IC del 95%]</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Momento de medición</translation>
    </message>
    <message>
        <source>Unit counted</source>
        <translation>Unidad contada</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore meta-analytic evidence.</source>
        <translation>Explorar la evidencia metaanalítica.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Representar la ventana principal en un archivo PNG y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Project file to open (default: the bundled cell-therapy evidence base).</source>
        <translation>Archivo de proyecto que se abrirá (predeterminado: la base de evidencia de terapia celular incluida).</translation>
    </message>
</context>
</TS>
