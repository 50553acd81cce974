<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>caseload</name>
    <message>
        <location filename="../services/queries/caseload.py" line="30"/>
        <source>no DXA scan on record</source>
        <translation>ninguna densitometría (DXA) registrada</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="31"/>
        <source>DXA scan overdue</source>
        <translation>densitometría (DXA) atrasada</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="32"/>
        <source>DXA scan due within 3 months</source>
        <translation>densitometría (DXA) prevista en los próximos 3 meses</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="33"/>
        <source>a dose is overdue</source>
        <translation>hay una dosis atrasada</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="34"/>
        <source>nothing logged for over 14 days</source>
        <translation>nada registrado en más de 14 días</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="35"/>
        <source>exercise under half the weekly targets (30 days)</source>
        <translation>ejercicio por debajo de la mitad de los objetivos semanales (30 días)</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="36"/>
        <source>programme review due</source>
        <translation>revisión del programa pendiente</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="37"/>
        <source>fracture: no assessment by 12 weeks</source>
        <translation>fractura: sin valoración a las 12 semanas</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="38"/>
        <source>fracture: no treatment by 16 weeks</source>
        <translation>fractura: sin tratamiento a las 16 semanas</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="39"/>
        <source>fracture: no exercise by 16 weeks</source>
        <translation>fractura: sin ejercicio a las 16 semanas</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="40"/>
        <source>fracture: not on treatment at 52 weeks</source>
        <translation>fractura: sin tratamiento a las 52 semanas</translation>
    </message>
</context>
<context>
    <name>change</name>
    <message>
        <location filename="../domain/change.py" line="193"/>
        <source>different scanner makes ({first} then {then})</source>
        <translation>marcas de densitómetro distintas ({first} y luego {then})</translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="198"/>
        <source>different machines ({first} then {then})</source>
        <translation>equipos distintos ({first} y luego {then})</translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="202"/>
        <source>different vertebrae ({first} then {then})</source>
        <translation>vértebras distintas ({first} y luego {then})</translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="206"/>
        <source>different hip sides ({first} then {then})</source>
        <translation>lados de cadera distintos ({first} y luego {then})</translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="324"/>
        <source>no treatment</source>
        <translation>sin tratamiento</translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="326"/>
        <source>the trend ({rate:+.1f} %/year) is faster than published rates ({treatment}: up to {limit:.1f} %/year)</source>
        <translation>la tendencia ({rate:+.1f} %/año) es más rápida que las tasas publicadas ({treatment}: hasta {limit:.1f} %/año)</translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="334"/>
        <source>it reaches more than {years} years past the last scan</source>
        <translation>se extiende más de {years} años después de la última densitometría</translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="384"/>
        <source>; judged against {date} instead</source>
        <translation>; se compara en su lugar con la del {date}</translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="388"/>
        <source>{first} and {then}: {why}{fallback}</source>
        <translation>{first} y {then}: {why}{fallback}</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../services/queries/chart_series.py" line="257"/>
        <source>T-score {t}</source>
        <translation>Puntuación T {t}</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="259"/>
        <source> (computed from BMD)</source>
        <translation> (calculada a partir de la DMO)</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="261"/>
        <source>BMD {bmd} g/cm²</source>
        <translation>DMO {bmd} g/cm²</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="263"/>
        <source>Not comparable with {date}: {reason}</source>
        <translation>No comparable con la del {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="266"/>
        <source>First scan at this site</source>
        <translation>Primera densitometría en esta zona</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="267"/>
        <source>Change: no earlier comparable scan</source>
        <translation>Cambio: no hay una densitometría anterior comparable</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="268"/>
        <source>Change: no BMD to compare</source>
        <translation>Cambio: no hay DMO que comparar</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="275"/>
        <source>within LSC ±{lsc}</source>
        <translation>dentro del MCS ±{lsc}</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="277"/>
        <source>significant gain</source>
        <translation>ganancia significativa</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="279"/>
        <source>significant loss</source>
        <translation>pérdida significativa</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="282"/>
        <source>Change since {date}: {delta} g/cm² ({percent} %), {verdict}</source>
        <translation>Cambio desde el {date}: {delta} g/cm² ({percent} %), {verdict}</translation>
    </message>
</context>
<context>
    <name>chart_series</name>
    <message>
        <location filename="../services/queries/chart_series.py" line="330"/>
        <source>Fracture: {site} (low trauma)</source>
        <translation>Fractura: {site} (traumatismo leve)</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="331"/>
        <source>Fracture: {site}</source>
        <translation>Fractura: {site}</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="334"/>
        <source>Fall (injury)</source>
        <translation>Caída (con lesión)</translation>
    </message>
    <message>
        <location filename="../services/queries/chart_series.py" line="335"/>
        <source>Fall</source>
        <translation>Caída</translation>
    </message>
</context>
<context>
    <name>classification</name>
    <message>
        <location filename="../domain/bmd.py" line="121"/>
        <source>Normal bone density</source>
        <translation>Densidad ósea normal</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="122"/>
        <source>Low bone mass (osteopenia)</source>
        <translation>Baja masa ósea (osteopenia)</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="123"/>
        <source>Osteoporosis</source>
        <translation>Osteoporosis</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="124"/>
        <source>Severe (established) osteoporosis</source>
        <translation>Osteoporosis grave (establecida)</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="125"/>
        <source>Below the expected range for age</source>
        <translation>Por debajo del rango esperado para la edad</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="129"/>
        <source>Within the expected range for age</source>
        <translation>Dentro del rango esperado para la edad</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="133"/>
        <source>Not classified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="385"/>
        <source>hip</source>
        <translation>cadera</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="386"/>
        <source>vertebral</source>
        <translation>vértebra</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="387"/>
        <source>wrist</source>
        <translation>muñeca</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="388"/>
        <source>upper arm (humerus)</source>
        <translation>brazo (húmero)</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="389"/>
        <source>pelvis</source>
        <translation>pelvis</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="390"/>
        <source>rib</source>
        <translation>costilla</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="391"/>
        <source>other</source>
        <translation>otra localización</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="399"/>
        <source>; latest T {t_score:+.1f}</source>
        <translation>; último T {t_score:+.1f}</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="405"/>
        <source>by a low-trauma {site} fracture on {date}{latest}</source>
        <translation>por una fractura de {site} por traumatismo leve el {date}{latest}</translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="409"/>
        <source>diagnosed osteoporosis in {year}{latest}</source>
        <translation>osteoporosis diagnosticada en {year}{latest}</translation>
    </message>
</context>
<context>
    <name>doses</name>
    <message>
        <location filename="../domain/doses.py" line="58"/>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="59"/>
        <source>once a week</source>
        <translation>una vez a la semana</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="60"/>
        <source>once a month</source>
        <translation>una vez al mes</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="61"/>
        <source>every 3 months</source>
        <translation>cada 3 meses</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="62"/>
        <source>every 6 months</source>
        <translation>cada 6 meses</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="63"/>
        <source>once a year</source>
        <translation>una vez al año</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="66"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="67"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="68"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="69"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="70"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="71"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="72"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../domain/doses.py" line="324"/>
        <source> on {day}</source>
        <translation>, el {day}</translation>
    </message>
</context>
<context>
    <name>drugs</name>
    <message>
        <location filename="../domain/drugs.py" line="33"/>
        <source>by mouth</source>
        <translation>por vía oral</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="34"/>
        <source>injection under the skin</source>
        <translation>inyección bajo la piel</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="35"/>
        <source>into a vein</source>
        <translation>en una vena</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="36"/>
        <source>through the skin</source>
        <translation>a través de la piel</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="53"/>
        <source>Take it first thing after getting up, on an empty stomach, with a full glass of plain water (not mineral water, tea, coffee, juice or milk). Swallow it whole sitting or standing, and stay upright. Wait at least 30 minutes before your first food, drink or other medicines of the day. Take calcium supplements at another time of day.</source>
        <translation>Tómelo nada más levantarse, en ayunas, con un vaso lleno de agua sola (no agua mineral, té, café, zumo ni leche). Tráguelo entero sentado o de pie, y permanezca erguido. Espere al menos 30 minutos antes de la primera comida, bebida u otros medicamentos del día. Tome los suplementos de calcio en otro momento del día.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="62"/>
        <source>Take it first thing after getting up, on an empty stomach, with a full glass of plain water (not mineral water, tea, coffee, juice or milk). Swallow it whole sitting or standing, and stay upright. Wait at least 60 minutes before your first food, drink or other medicines of the day. Take calcium supplements at another time of day.</source>
        <translation>Tómelo nada más levantarse, en ayunas, con un vaso lleno de agua sola (no agua mineral, té, café, zumo ni leche). Tráguelo entero sentado o de pie, y permanezca erguido. Espere al menos 60 minutos antes de la primera comida, bebida u otros medicamentos del día. Tome los suplementos de calcio en otro momento del día.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="71"/>
        <source>An injection into a vein every 3 months, given by a doctor or nurse.</source>
        <translation>Una inyección en una vena cada 3 meses, que le pone un médico o una enfermera.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="74"/>
        <source>An infusion (drip) into a vein once a year at the clinic. Drink enough water beforehand, as the clinic advises.</source>
        <translation>Una infusión (gotero) en una vena una vez al año en el centro sanitario. Beba suficiente agua antes, como le indiquen en el centro.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="80"/>
        <source>An injection under the skin every 6 months, usually given by a nurse or doctor. Book the next one when you have this one: a late or missed injection lets bone loss come back quickly.</source>
        <translation>Una inyección bajo la piel cada 6 meses, que suele ponerle una enfermera o un médico. Pida cita para la siguiente cuando reciba esta: una inyección retrasada u olvidada hace que la pérdida ósea vuelva rápidamente.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="86"/>
        <source>An injection under the skin once a day with your pen, as your nurse or pharmacist showed you. The course has a licensed maximum length; your doctor plans what follows it.</source>
        <translation>Una inyección bajo la piel una vez al día con su pluma, como le enseñó su enfermera o farmacéutico. El tratamiento tiene una duración máxima autorizada; su médico planifica lo que sigue.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="93"/>
        <source>Injections under the skin once a month for 12 months, given by a health professional. Your doctor plans what follows the course.</source>
        <translation>Inyecciones bajo la piel una vez al mes durante 12 meses, que le pone un profesional sanitario. Su médico planifica lo que sigue al tratamiento.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="99"/>
        <source>One tablet a day, at any time of day, with or without food.</source>
        <translation>Un comprimido al día, a cualquier hora, con o sin comida.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="104"/>
        <source>As prescribed (tablets, gel or patches), at about the same time each day.</source>
        <translation>Según la prescripción (comprimidos, gel o parches), más o menos a la misma hora cada día.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="110"/>
        <source>Take it at another time of day from a bisphosphonate tablet, for example with lunch or dinner. Calcium carbonate is absorbed best with food.</source>
        <translation>Tómelo en un momento del día distinto del comprimido de bisfosfonato, por ejemplo con la comida o la cena. El carbonato cálcico se absorbe mejor con alimentos.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="117"/>
        <source>Once a day, at any time of day.</source>
        <translation>Una vez al día, a cualquier hora.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="126"/>
        <source>Tell your doctor about any new pain in the thigh, hip or groin: rarely, these medicines cause an unusual break of the thigh bone that can start this way.</source>
        <translation>Comente con su médico cualquier dolor nuevo en el muslo, la cadera o la ingle: en raras ocasiones, estos medicamentos causan una fractura atípica del fémur que puede empezar así.</translation>
    </message>
    <message>
        <location filename="../domain/drugs.py" line="134"/>
        <source>Tell your dentist that you take this medicine and keep up check-ups. Tell your doctor or dentist about jaw pain, swelling, a loose tooth or a sore in the mouth that does not heal, and before planned dental work such as an extraction: rarely, the jaw bone is affected (osteonecrosis of the jaw).</source>
        <translation>Dígale a su dentista que toma este medicamento y mantenga las revisiones. Comente con su médico o dentista si tiene dolor en la mandíbula, hinchazón, un diente que se mueve o una llaga en la boca que no se cura, y antes de un tratamiento dental programado como una extracción: en raras ocasiones, se afecta el hueso de la mandíbula (osteonecrosis de mandíbula).</translation>
    </message>
</context>
<context>
    <name>fhir</name>
    <message>
        <location filename="../services/interchange/fhir/writer.py" line="55"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../services/interchange/fhir/writer.py" line="55"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../services/interchange/fhir/writer.py" line="56"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../services/interchange/fhir/writer.py" line="57"/>
        <source>BoneTracker record number</source>
        <translation>Número de historia de BoneTracker</translation>
    </message>
</context>
<context>
    <name>fractures</name>
    <message>
        <location filename="../services/fractures.py" line="30"/>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <location filename="../services/fractures.py" line="31"/>
        <source>Vertebra (spine)</source>
        <translation>Vértebra (columna)</translation>
    </message>
    <message>
        <location filename="../services/fractures.py" line="32"/>
        <source>Wrist</source>
        <translation>Muñeca</translation>
    </message>
    <message>
        <location filename="../services/fractures.py" line="33"/>
        <source>Upper arm (humerus)</source>
        <translation>Brazo (húmero)</translation>
    </message>
    <message>
        <location filename="../services/fractures.py" line="34"/>
        <source>Pelvis</source>
        <translation>Pelvis</translation>
    </message>
    <message>
        <location filename="../services/fractures.py" line="35"/>
        <source>Rib</source>
        <translation>Costilla</translation>
    </message>
    <message>
        <location filename="../services/fractures.py" line="36"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../services/fractures.py" line="38"/>
        <source>Low trauma: a fall from standing height or less, or no fall at all.</source>
        <translation>Bajo impacto: una caída desde la propia altura o menos, o ninguna caída.</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../domain/guidance/advice.py" line="86"/>
        <source>Do first</source>
        <translation>Primero</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="87"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="88"/>
        <source>Keep in mind</source>
        <translation>A tener en cuenta</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="105"/>
        <source>Foods rich in {nutrient} include {foods}.{note}</source>
        <translation>Entre los alimentos ricos en {nutrient} están {foods}.{note}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="111"/>
        <source>Significant bone loss: {sites}</source>
        <translation>Pérdida ósea significativa en {sites}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="112"/>
        <source>The loss is larger than the scanner&apos;s least significant change, so it is likely real. Talk to your doctor about it and review your exercise and nutrition.</source>
        <translation>La pérdida es mayor que el cambio mínimo significativo del densitómetro, así que probablemente es real. Hable con su médico y revise su ejercicio y su alimentación.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="118"/>
        <source>Significant bone gain: {sites}</source>
        <translation>Ganancia ósea significativa en {sites}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="119"/>
        <source>The gain is larger than the scanner&apos;s least significant change. Keep going.</source>
        <translation>La ganancia es mayor que el cambio mínimo significativo del densitómetro. Siga así.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="124"/>
        <source>Scans that cannot be compared</source>
        <translation>Densitometrías que no se pueden comparar</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="125"/>
        <source>Results from different scanner makes or machines (unless cross-calibrated), or over different vertebrae or hip sides, are not interchangeable: their difference is not judged as bone change. Ask for future scans on the same machine where possible.</source>
        <translation>Los resultados de densitómetros de distinta marca o de equipos distintos (salvo que estén calibrados entre sí), o de vértebras o lados de la cadera distintos, no son intercambiables: su diferencia no se valora como cambio óseo. Siempre que pueda, pida que las próximas densitometrías se hagan en el mismo equipo.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="132"/>
        <source>Next DXA scan</source>
        <translation>Próxima densitometría (DXA)</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="133"/>
        <source>Ask your doctor whether a repeat DXA scan is due. Using the same machine makes the results comparable.</source>
        <translation>Pregunte a su médico si le corresponde repetir la densitometría (DXA). Hacerla en el mismo equipo permite comparar los resultados.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="138"/>
        <source>Eat more calcium</source>
        <translation>Tome más calcio</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="140"/>
        <source>Calcium above the upper limit</source>
        <translation>Calcio por encima del límite superior</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="141"/>
        <source>Very high calcium intake, mostly from supplements, brings risks such as kidney stones. Talk to your doctor or pharmacist about your supplements.</source>
        <translation>Una ingesta de calcio muy alta, sobre todo con suplementos, conlleva riesgos como los cálculos renales. Hable con su médico o farmacéutico sobre sus suplementos.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="147"/>
        <source>Vitamin D above the upper limit</source>
        <translation>Vitamina D por encima del límite superior</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="148"/>
        <source>Over 4,000 IU a day for a long time can raise blood calcium and harm the kidneys. Talk to your doctor or pharmacist about your supplements; do not change a prescribed dose on your own.</source>
        <translation>Más de 4.000 UI al día durante mucho tiempo pueden elevar el calcio en sangre y dañar los riñones. Hable con su médico o farmacéutico sobre sus suplementos; no cambie por su cuenta una dosis prescrita.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="153"/>
        <source>Get more vitamin D</source>
        <translation>Obtenga más vitamina D</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="154"/>
        <source>Eat more protein</source>
        <translation>Tome más proteína</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="155"/>
        <source>Eat more magnesium</source>
        <translation>Tome más magnesio</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="156"/>
        <source>Eat more potassium</source>
        <translation>Tome más potasio</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="157"/>
        <source>Eat more vitamin K</source>
        <translation>Tome más vitamina K</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="159"/>
        <source>Log your meals</source>
        <translation>Registre sus comidas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="160"/>
        <source>Log what you eat on most days (at least a week&apos;s worth in two weeks) so BoneTracker can check calcium, vitamin D and protein against the targets.</source>
        <translation>Registre lo que come la mayoría de los días (al menos el equivalente a una semana en dos semanas) para que BoneTracker pueda comparar el calcio, la vitamina D y la proteína con sus objetivos.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="166"/>
        <source>Add strength training</source>
        <translation>Añada ejercicios de fuerza</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="167"/>
        <source>Do strength exercises on at least {target} days a week, 8-12 repetitions heavy enough to be hard by the last ones: e.g. {activities}.</source>
        <translation>Haga ejercicios de fuerza al menos {target} días a la semana, 8-12 repeticiones con carga suficiente para que las últimas cuesten: por ejemplo, {activities}.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="173"/>
        <source>Practise balance every day</source>
        <translation>Practique el equilibrio todos los días</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="174"/>
        <source>About 15-20 minutes of balance training a day: e.g. {activities}.</source>
        <translation>Unos 15-20 minutos de ejercicios de equilibrio al día: por ejemplo, {activities}.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="179"/>
        <source>Move on your feet more</source>
        <translation>Muévase más de pie</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="180"/>
        <source>Aim for at least {target} minutes a week of weight-bearing activity: e.g. {activities}.{impact}</source>
        <translation>Intente hacer al menos {target} minutos a la semana de actividad en carga (de pie): por ejemplo, {activities}.{impact}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="185"/>
        <source>Your exercise programme: {percent} % done</source>
        <translation>Su programa de ejercicios: {percent} % realizado</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="186"/>
        <source>Bone and muscle respond to regular loading, so a programme helps only when it is done most weeks. If it is too long, too hard or painful, tell your physiotherapist: it can be adjusted rather than dropped.</source>
        <translation>El hueso y el músculo responden a la carga regular, así que un programa solo ayuda si se hace la mayoría de las semanas. Si es demasiado largo, demasiado duro o le causa dolor, dígaselo a su fisioterapeuta: se puede ajustar en lugar de abandonarlo.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="193"/>
        <source>Protect your spine</source>
        <translation>Proteja su columna</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="194"/>
        <source>Avoid loaded or repeated forward bending and fast twisting: deep forward bends, sit-ups, toe touches, twisting while holding weights. Bend at the hips and knees to lift, and include back-extension exercises.</source>
        <translation>Evite flexionar el tronco hacia delante con carga o de forma repetida y los giros rápidos: flexiones profundas hacia delante, abdominales, tocarse los pies, girar sujetando pesos. Para levantar algo, doble las caderas y las rodillas, e incluya ejercicios de extensión de la espalda.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="201"/>
        <source>Keep impact low</source>
        <translation>Mantenga el impacto bajo</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="202"/>
        <source>Keep impact no higher than brisk walking: no jumping, jogging or skipping. Put strength and balance exercises first; a physiotherapist can tailor a safe programme and say when impact can be built up.</source>
        <translation>No supere el impacto de caminar a paso ligero: nada de saltos, carrera ni comba. Dé prioridad a los ejercicios de fuerza y equilibrio; un fisioterapeuta puede adaptarle un programa seguro y decirle cuándo aumentar el impacto.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="209"/>
        <source>Prevent falls</source>
        <translation>Prevenga las caídas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="210"/>
        <source>Practise balance daily, remove trip hazards (loose rugs, clutter), light stairs and night paths, and wear supportive shoes. Ask your doctor to review eyesight and any medicines that make you dizzy.</source>
        <translation>Practique el equilibrio a diario, retire lo que pueda hacerle tropezar (alfombras sueltas, objetos por el suelo), ilumine las escaleras y los recorridos nocturnos y use calzado que sujete bien. Pida a su médico que revise su vista y los medicamentos que le produzcan mareo.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="217"/>
        <source>Stopping smoking helps your bones</source>
        <translation>Dejar de fumar ayuda a sus huesos</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="218"/>
        <source>Smoking is a fracture risk factor. Your doctor, pharmacist or a stop-smoking service can help you quit.</source>
        <translation>Fumar es un factor de riesgo de fractura. Su médico, su farmacéutico o un servicio de deshabituación tabáquica pueden ayudarle a dejarlo.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="224"/>
        <source>Cut down on alcohol</source>
        <translation>Reduzca el alcohol</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="225"/>
        <source>Drinking 3 or more units a day raises fracture risk. Try alcohol-free days and smaller measures.</source>
        <translation>Beber 3 o más unidades al día aumenta el riesgo de fractura. Pruebe días sin alcohol y raciones más pequeñas.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="231"/>
        <source>Log alcohol on more days</source>
        <translation>Registre el alcohol más días</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="232"/>
        <source>Alcohol is a fracture risk factor at 3 or more units a day. Log it (0 on alcohol-free days) on at least 7 days of 4 weeks so BoneTracker can judge it.</source>
        <translation>El alcohol es un factor de riesgo de fractura a partir de 3 unidades al día. Regístrelo (0 los días sin alcohol) al menos 7 días de cada 4 semanas para que BoneTracker pueda valorarlo.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="238"/>
        <source>Talk to your doctor about treatment</source>
        <translation>Hable con su médico sobre el tratamiento</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="239"/>
        <source>{ask} Medication is a decision for you and your doctor; bring this plan along.</source>
        <translation>{ask} La medicación es una decisión suya y de su médico; lleve este plan a la consulta.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="245"/>
        <source>Review long-term treatment</source>
        <translation>Revise el tratamiento de larga duración</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="246"/>
        <source>After {years} years on {kind} bisphosphonate, doctors review whether to continue or take a break. Talk to your doctor; do not stop or change a medicine on your own.</source>
        <translation>Tras {years} años con un bisfosfonato {kind}, los médicos revisan si continuar o hacer una pausa. Hable con su médico; no deje ni cambie un medicamento por su cuenta.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="252"/>
        <source>Denosumab stopped: see your doctor now</source>
        <translation>Denosumab suspendido: consulte a su médico ya</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="253"/>
        <source>When denosumab stops without another bone medicine to follow it, the bone gained is lost quickly and the risk of several spine fractures rises. See your doctor now about what should follow; if another treatment was started, add it on the Medications page.</source>
        <translation>Cuando se suspende el denosumab sin otro medicamento para el hueso a continuación, el hueso ganado se pierde rápidamente y aumenta el riesgo de varias fracturas vertebrales. Consulte ya a su médico qué tratamiento debe seguir; si ya empezó otro, añádalo en la página Medicamentos.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="261"/>
        <source>{drug}: plan what follows</source>
        <translation>{drug}: planifique lo que sigue</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="262"/>
        <source>{drug} is licensed for about {months} months, and the bone it builds is kept only when a bone medicine of another kind follows it. Talk to your doctor about the next step.</source>
        <translation>{drug} está autorizado durante unos {months} meses, y el hueso que forma solo se conserva si le sigue un medicamento para el hueso de otro tipo. Hable con su médico sobre el siguiente paso.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="273"/>
        <source>{drug_title} mornings: calcium later</source>
        <translation>Mañanas de {drug_title}: el calcio, más tarde</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="274"/>
        <source>Calcium, food and drinks other than plain water stop {drug} from being absorbed. On the mornings you take it, swallow it on waking with a full glass of plain water and wait at least {minutes} minutes before breakfast; take a calcium supplement at another time of day. If that is how it went, all is well.</source>
        <translation>El calcio, la comida y cualquier bebida que no sea agua sola impiden que se absorba {drug}. Las mañanas en que lo tome, tráguelo al despertar con un vaso lleno de agua sola y espere al menos {minutes} minutos antes de desayunar; tome el suplemento de calcio en otro momento del día. Si lo hizo así, todo está bien.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="284"/>
        <source>Height loss: ask about a spine X-ray</source>
        <translation>Pérdida de estatura: pregunte por una radiografía de columna</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="285"/>
        <source>Losing height can be the only sign of a spine (vertebral) fracture, and such fractures often cause no pain. Ask your doctor whether a spine X-ray or a vertebral fracture assessment (VFA) on the DXA scanner is needed.</source>
        <translation>Perder estatura puede ser el único signo de una fractura de columna (vertebral), y estas fracturas a menudo no duelen. Pregunte a su médico si necesita una radiografía de columna o una valoración de fracturas vertebrales (VFA) en el densitómetro (DXA).</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="292"/>
        <source>Build leg and grip strength</source>
        <translation>Fortalezca las piernas y la fuerza de agarre</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="293"/>
        <source>Your strength tests are below their norms. Strength exercises on at least 2 days a week, hard by the last repetitions, improve them; a physiotherapist can set the load.</source>
        <translation>Sus pruebas de fuerza están por debajo de sus valores de referencia. Los ejercicios de fuerza al menos 2 días a la semana, exigentes en las últimas repeticiones, las mejoran; un fisioterapeuta puede fijarle la carga.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="300"/>
        <source>Vitamin D blood level low: discuss with your doctor</source>
        <translation>Vitamina D baja en sangre: hable con su médico</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="301"/>
        <source>Mention this result to your doctor, who can say whether a supplement is needed and how much; do not start high doses on your own.</source>
        <translation>Comente este resultado con su médico, que puede decirle si necesita un suplemento y en qué cantidad; no empiece dosis altas por su cuenta.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="307"/>
        <source>Kidney function: mention this result</source>
        <translation>Función renal: comente este resultado</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="308"/>
        <source>Some bone medicines depend on kidney function; mention this result to your doctor, and to anyone who prescribes you a bone medicine.</source>
        <translation>Algunos medicamentos para el hueso dependen de la función renal; comente este resultado con su médico y con cualquier profesional que le recete un medicamento para el hueso.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="314"/>
        <source>Blood calcium {direction} the lab&apos;s range: discuss with your doctor</source>
        <translation>Calcio en sangre {direction} rango del laboratorio: hable con su médico</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="318"/>
        <source>A blood calcium outside the normal range needs a doctor&apos;s look before any change to calcium, vitamin D or bone medicine.</source>
        <translation>Un calcio en sangre fuera del rango normal debe valorarlo un médico antes de cualquier cambio en el calcio, la vitamina D o los medicamentos para el hueso.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="324"/>
        <source>Bone blood tests outside the lab&apos;s range</source>
        <translation>Análisis óseos fuera del rango del laboratorio</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="325"/>
        <source>Bone-turnover and parathyroid results outside the lab&apos;s range are for your doctor to interpret; mention them at your next visit.</source>
        <translation>Los resultados de remodelado óseo y de paratiroides fuera del rango del laboratorio debe interpretarlos su médico; coméntelos en su próxima consulta.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="331"/>
        <source>FRAX result above the treatment threshold: talk to your doctor</source>
        <translation>Resultado FRAX por encima del umbral de tratamiento: hable con su médico</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="335"/>
        <source>Your 10-year fracture probability is at a level where guidelines suggest considering treatment. Medication is a decision for you and your doctor; bring this result along.{extra}</source>
        <translation>Su probabilidad de fractura a 10 años está en un nivel en el que las guías aconsejan plantearse un tratamiento. La medicación es una decisión suya y de su médico; lleve este resultado a la consulta.{extra}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="341"/>
        <source>FRAX result: add the NOGG risk category</source>
        <translation>Resultado FRAX: añada la categoría de riesgo NOGG</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="342"/>
        <source>NOGG&apos;s thresholds depend on age, so BoneTracker reads a UK result by the risk category the NOGG calculator shows. Add it to the result.</source>
        <translation>Los umbrales de NOGG dependen de la edad, así que BoneTracker interpreta un resultado del Reino Unido según la categoría de riesgo que muestra la calculadora NOGG. Añádala al resultado.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="348"/>
        <source>Recalculate FRAX</source>
        <translation>Vuelva a calcular el FRAX</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="349"/>
        <source>Something FRAX uses has changed since the result was worked out. Enter the worksheet again in the official calculator and record the new result.</source>
        <translation>Ha cambiado algún dato que usa el FRAX desde que se calculó el resultado. Vuelva a introducir la hoja de datos en la calculadora oficial y registre el nuevo resultado.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="355"/>
        <source>Set realistic goals</source>
        <translation>Fíjese objetivos realistas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="356"/>
        <source>The aim is stronger bones and fewer fractures, not necessarily a normal T-score. Changes take 12-18 months or more to show on DXA, and exercise and nutrition work best together; diet alone is seldom enough.</source>
        <translation>El objetivo es tener huesos más fuertes y menos fracturas, no necesariamente una puntuación T (T-score) normal. Los cambios tardan 12-18 meses o más en verse en la densitometría (DXA), y el ejercicio y la alimentación funcionan mejor juntos; la dieta sola rara vez basta.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="365"/>
        <source>Your bone density is in the normal range. Keep up exercise and a calcium- and protein-rich diet to keep it there.</source>
        <translation>Su densidad ósea está en el rango normal. Mantenga el ejercicio y una dieta rica en calcio y proteína para conservarla.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="370"/>
        <source>Your bone density is lower than a young adult&apos;s but not in the osteoporosis range. Exercise and nutrition together can help slow loss.</source>
        <translation>Su densidad ósea es más baja que la de un adulto joven, pero no está en el rango de osteoporosis. El ejercicio y la alimentación juntos pueden ayudar a frenar la pérdida.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="375"/>
        <source>Your bone density is in the osteoporosis range. Exercise, nutrition and fall prevention all matter; talk to your doctor about your fracture risk.</source>
        <translation>Su densidad ósea está en el rango de osteoporosis. El ejercicio, la alimentación y la prevención de caídas son importantes; hable con su médico sobre su riesgo de fractura.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="380"/>
        <source>Osteoporosis with a fragility fracture is called severe (established) osteoporosis. Talk to your doctor about your fracture risk.</source>
        <translation>La osteoporosis con una fractura por fragilidad se llama osteoporosis grave (establecida). Hable con su médico sobre su riesgo de fractura.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="385"/>
        <source>Your bone density is below what is expected for your age. Talk to your doctor: they may look for a cause.</source>
        <translation>Su densidad ósea está por debajo de lo esperado para su edad. Hable con su médico: puede que busque una causa.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="390"/>
        <source>Your bone density is within the range expected for your age.</source>
        <translation>Su densidad ósea está dentro del rango esperado para su edad.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="399"/>
        <source>The gain is larger than the scanner&apos;s least significant change, but it was made on denosumab, and without another bone medicine to follow it that gain is usually lost within about a year. See your doctor about what should follow denosumab.</source>
        <translation>La ganancia es mayor que el cambio mínimo significativo del densitómetro, pero se logró con denosumab y, sin otro medicamento para el hueso a continuación, suele perderse en aproximadamente un año. Consulte a su médico qué tratamiento debe seguir al denosumab.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="412"/>
        <source>A bone broken with little force at the hip or spine (or, with low bone density, at the upper arm, pelvis or wrist) means osteoporosis, whatever the T-score. Talk to your doctor about your fracture risk; exercise, nutrition and fall prevention all matter.</source>
        <translation>Un hueso roto con poca fuerza en la cadera o la columna (o, con baja densidad ósea, en el brazo, la pelvis o la muñeca) significa osteoporosis, sea cual sea la puntuación T (T-score). Hable con su médico sobre su riesgo de fractura; el ejercicio, la alimentación y la prevención de caídas son importantes.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="418"/>
        <source>Osteoporosis diagnosed earlier stays the diagnosis when later results improve, for example on treatment: the improvement is good news, and the care that brought it still applies. Talk to your doctor about your fracture risk.</source>
        <translation>Una osteoporosis diagnosticada antes sigue siendo el diagnóstico aunque los resultados posteriores mejoren, por ejemplo con tratamiento: la mejoría es una buena noticia, y los cuidados que la lograron siguen siendo necesarios. Hable con su médico sobre su riesgo de fractura.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="439"/>
        <source>calcium</source>
        <translation>calcio</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="440"/>
        <location filename="../domain/guidance/advice.py" line="471"/>
        <source>milk</source>
        <translation>la leche</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="440"/>
        <location filename="../domain/guidance/advice.py" line="471"/>
        <source>yogurt</source>
        <translation>el yogur</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="443"/>
        <source>hard cheese</source>
        <translation>el queso curado</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="443"/>
        <source>calcium-set tofu</source>
        <translation>el tofu cuajado con calcio</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="446"/>
        <source>fortified plant drinks</source>
        <translation>las bebidas vegetales enriquecidas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="452"/>
        <source>vitamin D</source>
        <translation>vitamina D</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="453"/>
        <source>oily fish such as salmon or mackerel</source>
        <translation>el pescado azul, como el salmón o la caballa</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="456"/>
        <location filename="../domain/guidance/advice.py" line="468"/>
        <source>eggs</source>
        <translation>los huevos</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="456"/>
        <source>fortified milk or cereals</source>
        <translation>la leche o los cereales enriquecidos</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="460"/>
        <source> Food alone rarely provides enough vitamin D; ask your doctor or pharmacist whether a supplement suits you.</source>
        <translation> La comida sola rara vez aporta suficiente vitamina D; pregunte a su médico o farmacéutico si le conviene un suplemento.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="467"/>
        <source>protein</source>
        <translation>proteína</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="468"/>
        <source>fish</source>
        <translation>el pescado</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="474"/>
        <location filename="../domain/guidance/advice.py" line="484"/>
        <location filename="../domain/guidance/advice.py" line="494"/>
        <source>beans</source>
        <translation>las alubias</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="474"/>
        <source>lentils</source>
        <translation>las lentejas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="477"/>
        <source>tofu</source>
        <translation>el tofu</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="480"/>
        <source>magnesium</source>
        <translation>magnesio</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="481"/>
        <source>nuts</source>
        <translation>los frutos secos</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="481"/>
        <source>seeds</source>
        <translation>las semillas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="484"/>
        <source>whole grains</source>
        <translation>los cereales integrales</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="487"/>
        <location filename="../domain/guidance/advice.py" line="497"/>
        <source>leafy greens</source>
        <translation>las verduras de hoja verde</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="490"/>
        <source>potassium</source>
        <translation>potasio</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="491"/>
        <source>bananas</source>
        <translation>los plátanos</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="491"/>
        <source>oranges</source>
        <translation>las naranjas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="494"/>
        <source>potatoes</source>
        <translation>las patatas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="500"/>
        <source>vitamin K</source>
        <translation>vitamina K</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="501"/>
        <source>kale</source>
        <translation>la col rizada</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="501"/>
        <source>spinach</source>
        <translation>las espinacas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="504"/>
        <source>broccoli</source>
        <translation>el brócoli</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="504"/>
        <source>Brussels sprouts</source>
        <translation>las coles de Bruselas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="507"/>
        <source>lettuce</source>
        <translation>la lechuga</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="508"/>
        <source> If you take warfarin or another blood thinner, talk to your doctor before changing how much vitamin K you eat.</source>
        <translation> Si toma warfarina u otro anticoagulante, hable con su médico antes de cambiar la cantidad de vitamina K que come.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="517"/>
        <source>squats to a chair</source>
        <translation>sentadillas hasta una silla</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="520"/>
        <source>wall press-ups</source>
        <translation>flexiones contra la pared</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="520"/>
        <source>resistance-band rows</source>
        <translation>remo con banda elástica</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="523"/>
        <source>lifting weights</source>
        <translation>levantar pesas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="527"/>
        <source>tai chi</source>
        <translation>taichí</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="530"/>
        <source>standing on one leg</source>
        <translation>mantenerse sobre una pierna</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="530"/>
        <source>heel-to-toe walking</source>
        <translation>caminar poniendo el talón delante de la punta del otro pie</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="533"/>
        <location filename="../domain/guidance/advice.py" line="543"/>
        <source>dancing</source>
        <translation>bailar</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="537"/>
        <source>brisk walking</source>
        <translation>caminar a paso ligero</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="540"/>
        <source>stair climbing</source>
        <translation>subir escaleras</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="540"/>
        <source>hiking</source>
        <translation>senderismo</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="544"/>
        <source>jogging</source>
        <translation>trotar</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="547"/>
        <source>stepping</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="547"/>
        <source>heel drops</source>
        <translation>dejarse caer sobre los talones</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="550"/>
        <source>small jumps</source>
        <translation>saltos pequeños</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="555"/>
        <source>lumbar spine (L1-L4)</source>
        <translation>la columna lumbar (L1-L4)</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="556"/>
        <source>femoral neck</source>
        <translation>el cuello femoral</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="557"/>
        <source>total hip</source>
        <translation>la cadera total</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="558"/>
        <source>total body</source>
        <translation>el cuerpo entero</translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="559"/>
        <source>forearm (33% radius)</source>
        <translation>el antebrazo (radio 33%)</translation>
    </message>
    <message>
        <location filename="../domain/guidance/context.py" line="92"/>
        <source>your latest scan reads as {category}</source>
        <translation>su última densitometría indica {category}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/context.py" line="126"/>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="111"/>
        <source>you have taken an oral bisphosphonate for {taken:.1f} years since {date}; review is advised after {years} years</source>
        <translation>ha tomado un bisfosfonato oral durante {taken:.1f} años desde el {date}; se aconseja revisarlo a partir de {years} años</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="117"/>
        <source>you have taken an intravenous bisphosphonate for {taken:.1f} years since {date}; review is advised after {years} years</source>
        <translation>ha recibido un bisfosfonato intravenoso durante {taken:.1f} años desde el {date}; se aconseja revisarlo a partir de {years} años</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="123"/>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="123"/>
        <source>intravenous</source>
        <translation>intravenoso</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="134"/>
        <source>{drug}: started {start}, past its licensed {months} months on {limit}</source>
        <translation>{drug}: iniciado el {start}, superó sus {months} meses autorizados el {limit}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="138"/>
        <source>{drug}: ended {end} with no antiresorptive course after it</source>
        <translation>{drug}: terminado el {end} sin un tratamiento antirresortivo después</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="145"/>
        <source>the denosumab course that started {start} ended on {end} and no other bone medicine (a bisphosphonate or denosumab) was started within {months} months</source>
        <translation>el tratamiento con denosumab iniciado el {start} terminó el {end} y no se empezó otro medicamento para el hueso (un bisfosfonato o denosumab) en los {months} meses siguientes</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="64"/>
        <source>{n} months ago</source>
        <translation>hace {n} meses</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="65"/>
        <source>{n} days ago</source>
        <translation>hace {n} días</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="72"/>
        <source>no dose logged</source>
        <translation>ninguna dosis registrada</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="75"/>
        <source>course start {date} ({ago})</source>
        <translation>inicio del tratamiento el {date} ({ago})</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="77"/>
        <source>last dose {date} ({ago})</source>
        <translation>última dosis el {date} ({ago})</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="79"/>
        <location filename="../domain/guidance/rules/habits.py" line="226"/>
        <location filename="../domain/guidance/rules/habits.py" line="241"/>
        <source>{n} day</source>
        <translation>{n} día</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="79"/>
        <location filename="../domain/guidance/rules/habits.py" line="226"/>
        <location filename="../domain/guidance/rules/habits.py" line="241"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="80"/>
        <source>due {date}, {days} overdue</source>
        <translation>prevista el {date}, {days} de retraso</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="82"/>
        <source>overdue</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="83"/>
        <source>{drug}: {last}; {late}</source>
        <translation>{drug}: {last}; {late}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="93"/>
        <source>Denosumab injection overdue: contact your doctor now</source>
        <translation>Inyección de denosumab atrasada: contacte ya con su médico</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="94"/>
        <source>Denosumab protects bone only while the injections keep coming every {months} months. More than {months} months and {weeks} weeks after the last one, bone loss rebounds quickly and the risk of several spine fractures rises. Contact your doctor or clinic now to arrange the injection, or log it if it was given. Do not stop denosumab without a plan from your doctor for what follows.</source>
        <translation>El denosumab protege el hueso solo mientras las inyecciones se reciben cada {months} meses. Pasados más de {months} meses y {weeks} semanas desde la última, la pérdida ósea rebota rápidamente y aumenta el riesgo de varias fracturas vertebrales. Contacte ya con su médico o su centro para programar la inyección, o regístrela si ya se la pusieron. No deje el denosumab sin un plan de su médico sobre lo que debe seguir.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="104"/>
        <source>Dose overdue: {drugs}</source>
        <translation>Dosis atrasada: {drugs}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="105"/>
        <source>If you took it, log the dose so your reminders stay right. If you missed it, follow the package leaflet or ask your pharmacist what to do: do not take two doses on one day to catch up. Talk to your doctor if doses are hard to keep to.</source>
        <translation>Si la tomó, registre la dosis para que sus recordatorios sigan siendo correctos. Si se la saltó, siga el prospecto o pregunte a su farmacéutico qué hacer: no tome dos dosis el mismo día para recuperarla. Hable con su médico si le cuesta cumplir con las dosis.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="137"/>
        <source>a calcium supplement ({mg:.0f} mg)</source>
        <translation>un suplemento de calcio ({mg:.0f} mg)</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="139"/>
        <source>a breakfast with {mg:.0f} mg calcium</source>
        <translation>un desayuno con {mg:.0f} mg de calcio</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="144"/>
        <source>{date} ({drug} taken): {what}</source>
        <translation>{date} (tomó {drug}): {what}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="145"/>
        <location filename="../domain/guidance/rules/medical.py" line="85"/>
        <location filename="../domain/programmes/progression.py" line="129"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="155"/>
        <source>and {n} more day</source>
        <translation>y {n} día más</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="155"/>
        <source>and {n} more days</source>
        <translation>y {n} días más</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="157"/>
        <source>you logged {days}</source>
        <translation>registró {days}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="45"/>
        <source>{nutrient} averaged {value:.0f} {unit}/day over {days} logged days; your target is {target:.0f} {unit}</source>
        <translation>{nutrient}: una media de {value:.0f} {unit}/día en {days} días registrados; su objetivo es {target:.0f} {unit}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="59"/>
        <source>, of which {amount:.0f} mg from supplements</source>
        <translation>, de ellos {amount:.0f} mg de suplementos</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="63"/>
        <source>calcium averaged {value:.0f} mg/day over {days} logged days{extra}; the upper limit for your age is {limit} mg</source>
        <translation>calcio: una media de {value:.0f} mg/día en {days} días registrados{extra}; el límite superior para su edad es {limit} mg</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="73"/>
        <source>, of which {amount:.0f} IU from supplements</source>
        <translation>, de ellas {amount:.0f} UI de suplementos</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="77"/>
        <source>vitamin D averaged {value:.0f} IU/day over {days} logged days{extra}; the upper limit is {limit} IU</source>
        <translation>vitamina D: una media de {value:.0f} UI/día en {days} días registrados{extra}; el límite superior es {limit} UI</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="84"/>
        <source>{days} of the last 14 days have meals logged; {needed} are needed to judge your intake</source>
        <translation>{days} de los últimos 14 días tienen comidas registradas; se necesitan {needed} para valorar su ingesta</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="99"/>
        <source>; your blood 25-hydroxyvitamin D was {value} on {date} ({reading})</source>
        <translation>; su 25-hidroxivitamina D (25(OH)D) en sangre era {value} el {date} ({reading})</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="116"/>
        <source> (last 4 weeks: {average:.1f} a week)</source>
        <translation> (últimas 4 semanas: {average:.1f} a la semana)</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="126"/>
        <source>{n} strength session</source>
        <translation>{n} sesión de fuerza</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="127"/>
        <source>{n} strength sessions</source>
        <translation>{n} sesiones de fuerza</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="129"/>
        <source>{sessions} in the last 7 days{average}; the target is at least {target} a week{weak}</source>
        <translation>{sessions} en los últimos 7 días{average}; el objetivo es al menos {target} a la semana{weak}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="141"/>
        <source>{minutes} minutes of balance training in the last 7 days{average}; the target is {target} minutes a week</source>
        <translation>{minutes} minutos de ejercicios de equilibrio en los últimos 7 días{average}; el objetivo es {target} minutos a la semana</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="151"/>
        <source> Keep impact no higher than brisk walking.</source>
        <translation> No supere el impacto de caminar a paso ligero.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="153"/>
        <source> Add moderate impact on most days, e.g. {activities}.</source>
        <translation> Añada impacto moderado la mayoría de los días, por ejemplo, {activities}.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="156"/>
        <source>{minutes} minutes of weight-bearing activity in the last 7 days{average}; the target is {target} minutes a week</source>
        <translation>{minutes} minutos de actividad en carga en los últimos 7 días{average}; el objetivo es {target} minutos a la semana</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="181"/>
        <location filename="../domain/targets.py" line="154"/>
        <source>a vertebral fracture is on record ({date})</source>
        <translation>hay una fractura vertebral registrada ({date})</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="199"/>
        <source>{n} fall</source>
        <translation>{n} caída</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="199"/>
        <source>{n} falls</source>
        <translation>{n} caídas</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="201"/>
        <source>{falls} in the last 12 months, latest {date}</source>
        <translation>{falls} en los últimos 12 meses, la última el {date}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="209"/>
        <source>you are {age}</source>
        <translation>tiene {age} años</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="227"/>
        <source>you logged {total} cigarettes on {days} in the last 28 days</source>
        <translation>registró {total} cigarrillos en {days} de los últimos 28 días</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="232"/>
        <source>you are recorded as a current smoker</source>
        <translation>consta como fumador actual</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="242"/>
        <source>alcohol is logged on {days} of the last 28 ({units:.0f} units in all); {needed} logged days are needed to judge it</source>
        <translation>el alcohol está registrado en {days} de los últimos 28 ({units:.0f} unidades en total); se necesitan {needed} días registrados para valorarlo</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="251"/>
        <source>alcohol averaged {mean:.1f} units a day ({week:.0f} units a week) over {days} logged days in the last 28 days; 3 or more units a day is a fracture risk factor</source>
        <translation>alcohol: una media de {mean:.1f} unidades al día ({week:.0f} unidades a la semana) en {days} días registrados de los últimos 28; 3 o más unidades al día son un factor de riesgo de fractura</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="27"/>
        <source> on {date}</source>
        <translation> el {date}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="36"/>
        <source>your 25-hydroxyvitamin D was {value}{when}: {reading} (20 ng/mL, 50 nmol/L, is adequate for most)</source>
        <translation>su 25-hidroxivitamina D (25(OH)D) era {value}{when}: {reading} (20 ng/mL, 50 nmol/L, es adecuada para la mayoría)</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="44"/>
        <source>your eGFR was {value:g} {unit}{when}, below {limit:g}</source>
        <translation>su filtrado glomerular estimado (FGe) era {value:g} {unit}{when}, por debajo de {limit:g}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="53"/>
        <source>below</source>
        <translation>por debajo del</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="53"/>
        <source>above</source>
        <translation>por encima del</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="55"/>
        <source>your serum calcium was {value}{when}, below the lab&apos;s range of {range}</source>
        <translation>su calcio sérico era {value}{when}, por debajo del rango del laboratorio de {range}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="59"/>
        <source>your serum calcium was {value}{when}, above the lab&apos;s range of {range}</source>
        <translation>su calcio sérico era {value}{when}, por encima del rango del laboratorio de {range}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="75"/>
        <source>{test} {value:g} {unit}{when} is below the lab&apos;s range of {range}</source>
        <translation>{test} {value:g} {unit}{when} está por debajo del rango del laboratorio de {range}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="79"/>
        <source>{test} {value:g} {unit}{when} is above the lab&apos;s range of {range}</source>
        <translation>{test} {value:g} {unit}{when} está por encima del rango del laboratorio de {range}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="95"/>
        <source>at least {low:g} {unit}</source>
        <translation>al menos {low:g} {unit}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="96"/>
        <source>up to {high:g} {unit}</source>
        <translation>hasta {high:g} {unit}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="108"/>
        <source> NOGG suggests referral to an osteoporosis specialist at very high risk.</source>
        <translation> NOGG aconseja derivar a un especialista en osteoporosis cuando el riesgo es muy alto.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="112"/>
        <location filename="../domain/guidance/rules/measures.py" line="118"/>
        <source>your FRAX result: {result}; {verdict}</source>
        <translation>su resultado FRAX: {result}; {verdict}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="125"/>
        <source>your FRAX result of {date} was worked out before a change in: {changed}</source>
        <translation>su resultado FRAX del {date} se calculó antes de un cambio en: {changed}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="32"/>
        <source>a previous fragility fracture</source>
        <translation>una fractura por fragilidad previa</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="34"/>
        <source>glucocorticoid (steroid) treatment</source>
        <translation>tratamiento con glucocorticoides (corticoides)</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="36"/>
        <source>a parent&apos;s hip fracture</source>
        <translation>una fractura de cadera de su padre o su madre</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="38"/>
        <source>a cause of secondary osteoporosis</source>
        <translation>una causa de osteoporosis secundaria</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="40"/>
        <source>rheumatoid arthritis</source>
        <translation>artritis reumatoide</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="58"/>
        <source>a low-trauma {site} fracture on {date}</source>
        <translation>una fractura de {site} por traumatismo leve el {date}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="64"/>
        <source>lowest site</source>
        <translation>la zona más baja</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="66"/>
        <source>T-score {value:+.1f} at the {site}</source>
        <translation>puntuación T (T-score) {value:+.1f} en {site}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="70"/>
        <source>osteoporosis diagnosed on {date}</source>
        <translation>osteoporosis diagnosticada el {date}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="77"/>
        <source>a low-trauma {site} fracture on {date} with low bone mass</source>
        <translation>una fractura de {site} por traumatismo leve el {date} con baja masa ósea</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="86"/>
        <source>low bone mass with {factors}</source>
        <translation>baja masa ósea con {factors}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="95"/>
        <source>significant loss at the {sites}</source>
        <translation>pérdida significativa en {sites}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="99"/>
        <source>Ask your doctor whether your current treatment is working as expected.</source>
        <translation>Pregunte a su médico si su tratamiento actual está funcionando como se espera.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="101"/>
        <source>Talk to your doctor about whether a bone medicine is right for you.</source>
        <translation>Hable con su médico sobre si un medicamento para el hueso es adecuado para usted.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/programme.py" line="15"/>
        <source>{items_done} of {items} prescribed exercises ({percent:.0f} %) and {sessions_done} of {sessions} sessions were done in the {weeks} weeks from {start}; below {alert} % the programme is unlikely to help</source>
        <translation>se hicieron {items_done} de {items} ejercicios prescritos ({percent:.0f} %) y {sessions_done} de {sessions} sesiones en las {weeks} semanas desde el {start}; por debajo del {alert} % es poco probable que el programa ayude</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="28"/>
        <source>osteoporosis {basis}; no DXA scan is on record yet</source>
        <translation>osteoporosis {basis}; todavía no hay ninguna densitometría (DXA) registrada</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="31"/>
        <source> Add your DXA result when you have one.</source>
        <translation> Añada el resultado de su densitometría (DXA) cuando lo tenga.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="40"/>
        <source>no DXA scan is on record yet</source>
        <translation>todavía no hay ninguna densitometría (DXA) registrada</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="41"/>
        <source>Add your DXA result</source>
        <translation>Añada el resultado de su densitometría (DXA)</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="42"/>
        <source>Enter your latest DXA report (BMD and T-score for each site) so BoneTracker can show where you stand and track change.</source>
        <translation>Introduzca su último informe de densitometría (DXA) (DMO y puntuación T de cada zona) para que BoneTracker pueda mostrarle su situación y seguir los cambios.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="50"/>
        <source>the scan of {date} has no usable score at the spine, hip or forearm</source>
        <translation>la densitometría del {date} no tiene ninguna puntuación utilizable en la columna, la cadera o el antebrazo</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="56"/>
        <source>; a T-score is not computed from {make} BMD (the reference is on the Hologic scale)</source>
        <translation>; no se calcula la puntuación T a partir de la DMO de {make} (la referencia está en la escala Hologic)</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="67"/>
        <source>Your scan could not be classified</source>
        <translation>No se pudo clasificar su densitometría</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="68"/>
        <source>Before menopause and for men under 50 the report&apos;s Z-score is needed; otherwise the T-score the report gives for the spine or hip (BMD alone is used only from a Hologic scanner). Check the report and add it.</source>
        <translation>Antes de la menopausia y en hombres menores de 50 años se necesita la puntuación Z (Z-score) del informe; en los demás casos, la puntuación T (T-score) que da el informe para la columna o la cadera (la DMO sola solo se usa si procede de un densitómetro Hologic). Revise el informe y añádala.</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="80"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="78"/>
        <source>Z-score {value:+.1f}</source>
        <translation>puntuación Z (Z-score) {value:+.1f}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="79"/>
        <source>T-score {value:+.1f}</source>
        <translation>puntuación T (T-score) {value:+.1f}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="81"/>
        <source>the lowest site</source>
        <translation>la zona más baja</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="82"/>
        <source>lowest {score} at the {site} on {date}</source>
        <translation>{score}, la más baja, en {site} el {date}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="86"/>
        <source>, with a fragility fracture on record</source>
        <translation>, con una fractura por fragilidad registrada</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="88"/>
        <source>osteoporosis {basis} (AACE/ACE 2020: the diagnosis stands); {reason}</source>
        <translation>osteoporosis {basis} (AACE/ACE 2020: el diagnóstico se mantiene); {reason}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="108"/>
        <source>{site} BMD {delta:+.3f} g/cm² ({percent:+.1f} %) from {start} to {end}; the least significant change is {lsc:.3f}</source>
        <translation>DMO en {site} {delta:+.3f} g/cm² ({percent:+.1f} %) del {start} al {end}; el cambio mínimo significativo es {lsc:.3f}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="117"/>
        <source> (not comparable: {why})</source>
        <translation> (no comparable: {why})</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="148"/>
        <source>; denosumab stopped on {date} without a follow-on treatment</source>
        <translation>; el denosumab se suspendió el {date} sin un tratamiento a continuación</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="161"/>
        <source>{sites}: scans of {why}</source>
        <translation>{sites}: densitometrías de {why}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="170"/>
        <source>1 year: you are on treatment</source>
        <translation>1 año: está en tratamiento</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="171"/>
        <source>1 year after starting treatment</source>
        <translation>1 año después de empezar el tratamiento</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="172"/>
        <source>1 year: the last scan showed significant loss</source>
        <translation>1 año: la última densitometría mostró una pérdida significativa</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="173"/>
        <source>{years}: the interval for your lowest T-score without treatment (Gourlay 2012)</source>
        <translation>{years}: el intervalo para su puntuación T más baja sin tratamiento (Gourlay 2012)</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="176"/>
        <source>2 years: the usual interval; ask your doctor what suits you</source>
        <translation>2 años: el intervalo habitual; pregunte a su médico qué le conviene</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="187"/>
        <source>{n} year</source>
        <translation>{n} año</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="187"/>
        <source>{n} years</source>
        <translation>{n} años</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="190"/>
        <source>your last scan was on {last}; the next was due on {due} ({why})</source>
        <translation>su última densitometría fue el {last}; la siguiente tocaba el {due} ({why})</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="192"/>
        <source>your last scan was on {last}; the next is due on {due} ({why})</source>
        <translation>su última densitometría fue el {last}; la siguiente toca el {due} ({why})</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="201"/>
        <source>{scans} on record, the latest on {date}</source>
        <translation>{scans} en el registro, la última el {date}</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="202"/>
        <source>{n} scan</source>
        <translation>{n} densitometría</translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="202"/>
        <source>{n} scans</source>
        <translation>{n} densitometrías</translation>
    </message>
    <message>
        <location filename="../domain/targets.py" line="160"/>
        <source>a hip fracture is on record ({date})</source>
        <translation>hay una fractura de cadera registrada ({date})</translation>
    </message>
    <message>
        <location filename="../domain/targets.py" line="164"/>
        <source>{n} low-trauma fractures are on record</source>
        <translation>hay {n} fracturas por traumatismo leve registradas</translation>
    </message>
    <message>
        <location filename="../domain/targets.py" line="169"/>
        <source>a fall in the last 12 months ({date})</source>
        <translation>una caída en los últimos 12 meses ({date})</translation>
    </message>
    <message>
        <location filename="../domain/targets.py" line="176"/>
        <source>you are {age} and no physiotherapist has cleared impact exercise</source>
        <translation>tiene {age} años y ningún fisioterapeuta le ha autorizado el ejercicio de impacto</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <location filename="../ui/handout.py" line="42"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="43"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="44"/>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="45"/>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="46"/>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="47"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="48"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="53"/>
        <source>new or worse back pain, or pain that lasts more than two hours after exercise</source>
        <translation>dolor de espalda nuevo o peor, o dolor que dura más de dos horas después del ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="57"/>
        <source>chest pain, unusual breathlessness, dizziness or feeling faint</source>
        <translation>dolor en el pecho, falta de aire poco habitual, mareo o sensación de desmayo</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="58"/>
        <source>a fall, or feeling unsteady in a new way</source>
        <translation>una caída, o una inestabilidad que no tenía antes</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="59"/>
        <source>new pain in the thigh or groin if you take a bone medicine</source>
        <translation>dolor nuevo en el muslo o la ingle si toma un medicamento para el hueso</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="100"/>
        <source>with your physiotherapist</source>
        <translation>con su fisioterapeuta</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="102"/>
        <source>{n} time a week</source>
        <translation>{n} vez a la semana</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="104"/>
        <source>{n} times a week</source>
        <translation>{n} veces a la semana</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="131"/>
        <source>For {name} · version {number} from {start} · printed {printed}</source>
        <translation>Para {name} · versión {number} desde el {start} · impreso el {printed}</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="134"/>
        <source>Warm up with a few minutes of marching on the spot. Move slowly and with control; breathe out as you push or lift.</source>
        <translation>Caliente unos minutos marchando en el sitio. Muévase despacio y con control; suelte el aire al empujar o levantar.</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="139"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="140"/>
        <source>Tick a box each day you do an exercise.</source>
        <translation>Marque una casilla cada día que haga un ejercicio.</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="141"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="142"/>
        <source>Stop and tell your physiotherapist or doctor if you have</source>
        <translation>Pare y avise a su fisioterapeuta o a su médico si tiene</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="169"/>
        <source>The programme has no version.</source>
        <translation>El programa no tiene ninguna versión.</translation>
    </message>
    <message>
        <location filename="../ui/handout.py" line="213"/>
        <source>Exercise programme</source>
        <translation>Programa de ejercicios</translation>
    </message>
</context>
<context>
    <name>lifestyle</name>
    <message>
        <location filename="../services/lifestyle.py" line="31"/>
        <source>One UK unit is 10 ml (8 g) of pure alcohol: about half a pint of ordinary-strength beer, a single 25 ml measure of spirits, or half a standard 175 ml glass of wine. FRAX counts 3 or more units a day as a risk factor.</source>
        <translation>Una unidad británica son 10 ml (8 g) de alcohol puro: más o menos media pinta de cerveza de graduación normal, una medida de 25 ml de licor o media copa de vino estándar de 175 ml. FRAX cuenta 3 o más unidades al día como factor de riesgo.</translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <location filename="../domain/measures/frax.py" line="48"/>
        <source>https://frax.shef.ac.uk/FRAX/ (or the NOGG calculator for the UK)</source>
        <translation>https://frax.shef.ac.uk/FRAX/ (o la calculadora NOGG para el Reino Unido)</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="67"/>
        <source>US (Caucasian)</source>
        <translation>EE. UU. (caucásica)</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="68"/>
        <source>US (Black)</source>
        <translation>EE. UU. (negra)</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="69"/>
        <source>US (Hispanic)</source>
        <translation>EE. UU. (hispana)</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="70"/>
        <source>US (Asian)</source>
        <translation>EE. UU. (asiática)</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="71"/>
        <source>UK</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="72"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="73"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="74"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="75"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="76"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="77"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="78"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="79"/>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="80"/>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="81"/>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="82"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="83"/>
        <source>another country model</source>
        <translation>modelo de otro país</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="139"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="140"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="141"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="143"/>
        <location filename="../domain/measures/units.py" line="60"/>
        <source>Height</source>
        <translation>Estatura</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="148"/>
        <source>Previous fracture</source>
        <translation>Fractura previa</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="152"/>
        <source>Parent fractured hip</source>
        <translation>Padre o madre con fractura de cadera</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="157"/>
        <source>Current smoking</source>
        <translation>Fumador actual</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="161"/>
        <source>Glucocorticoids</source>
        <translation>Glucocorticoides</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="165"/>
        <source>Rheumatoid arthritis</source>
        <translation>Artritis reumatoide</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="170"/>
        <source>Secondary osteoporosis</source>
        <translation>Osteoporosis secundaria</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="175"/>
        <source>Alcohol 3 or more units/day</source>
        <translation>Alcohol, 3 o más unidades/día</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="180"/>
        <source>Femoral neck BMD</source>
        <translation>DMO del cuello femoral</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="204"/>
        <source>a fracture recorded since</source>
        <translation>una fractura registrada después</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="207"/>
        <source>a femoral-neck scan since</source>
        <translation>una densitometría del cuello femoral posterior</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="225"/>
        <source>NOGG thresholds depend on age: enter the risk category the NOGG calculator shows with this result</source>
        <translation>Los umbrales de NOGG dependen de la edad: introduzca la categoría de riesgo que muestra la calculadora NOGG con este resultado</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="231"/>
        <source>low risk</source>
        <translation>riesgo bajo</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="232"/>
        <source>intermediate risk</source>
        <translation>riesgo intermedio</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="233"/>
        <source>high risk (above the intervention threshold)</source>
        <translation>riesgo alto (por encima del umbral de intervención)</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="235"/>
        <source>very high risk (above the upper intervention threshold)</source>
        <translation>riesgo muy alto (por encima del umbral superior de intervención)</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="238"/>
        <source>NOGG category: {category}</source>
        <translation>categoría NOGG: {category}</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="243"/>
        <source>hip {value:g} % is at or above {limit:g} %</source>
        <translation>cadera {value:g} % igual o superior al {limit:g} %</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="246"/>
        <source>major osteoporotic {value:g} % is at or above {limit:g} %</source>
        <translation>fractura osteoporótica mayor {value:g} % igual o superior al {limit:g} %</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="250"/>
        <source>below the BHOF thresholds (hip {hip:g} %, major {major:g} %)</source>
        <translation>por debajo de los umbrales de BHOF (cadera {hip:g} %, mayor {major:g} %)</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="259"/>
        <source>with BMD</source>
        <translation>con DMO</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="259"/>
        <source>without BMD</source>
        <translation>sin DMO</translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="261"/>
        <source>10-year probability major osteoporotic {major:g} %, hip {hip:g} % ({model} model, {bmd}, {date})</source>
        <translation>probabilidad a 10 años de fractura osteoporótica mayor {major:g} %, de cadera {hip:g} % (modelo {model}, {bmd}, {date})</translation>
    </message>
    <message>
        <location filename="../domain/measures/height.py" line="46"/>
        <source>from your tallest measured height</source>
        <translation>desde su mayor estatura medida</translation>
    </message>
    <message>
        <location filename="../domain/measures/height.py" line="48"/>
        <source>within about 3 years</source>
        <translation>en unos 3 años</translation>
    </message>
    <message>
        <location filename="../domain/measures/height.py" line="49"/>
        <source>your height fell {loss:.1f} cm {what} ({from_cm:.1f} cm on {from_date} to {to_cm:.1f} cm on {to_date}); {threshold:.0f} cm or more is a reason to look for spine fractures</source>
        <translation>su estatura bajó {loss:.1f} cm {what} ({from_cm:.1f} cm el {from_date} a {to_cm:.1f} cm el {to_date}); {threshold:.0f} cm o más es motivo para buscar fracturas vertebrales</translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="73"/>
        <source>below 12 ng/mL: deficient</source>
        <translation>por debajo de 12 ng/mL: deficiencia</translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="76"/>
        <source>12-20 ng/mL: inadequate for some people</source>
        <translation>12-20 ng/mL: insuficiente para algunas personas</translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="78"/>
        <source>20 ng/mL or more: adequate for most</source>
        <translation>20 ng/mL o más: adecuada para la mayoría</translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="82"/>
        <source>below 35: some bone medicines depend on kidney function</source>
        <translation>por debajo de 35: algunos medicamentos para el hueso dependen de la función renal</translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="86"/>
        <source>35 or more: above the kidney limit in the labels of alendronate and zoledronic acid</source>
        <translation>35 o más: por encima del límite renal de las fichas técnicas de alendronato y ácido zoledrónico</translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="94"/>
        <source>below the lab&apos;s range</source>
        <translation>por debajo del rango del laboratorio</translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="95"/>
        <source>above the lab&apos;s range</source>
        <translation>por encima del rango del laboratorio</translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="96"/>
        <source>within the lab&apos;s range</source>
        <translation>dentro del rango del laboratorio</translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="97"/>
        <source>no range given</source>
        <translation>sin rango indicado</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="76"/>
        <source>female</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="77"/>
        <source>male</source>
        <translation>hombre</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="85"/>
        <source>12 s or more: increased fall risk</source>
        <translation>12 s o más: mayor riesgo de caída</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="86"/>
        <location filename="../domain/measures/norms.py" line="90"/>
        <location filename="../domain/measures/norms.py" line="94"/>
        <source>increased fall risk</source>
        <translation>mayor riesgo de caída</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="89"/>
        <source>15 s or more: increased fall risk</source>
        <translation>15 s o más: mayor riesgo de caída</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="93"/>
        <source>under 10 s in tandem stance: increased fall risk</source>
        <translation>menos de 10 s en posición en tándem: mayor riesgo de caída</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="98"/>
        <source>under {cut:.0f} kg ({sex}): probable sarcopenia</source>
        <translation>menos de {cut:.0f} kg ({sex}): probable sarcopenia</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="100"/>
        <source>low muscle strength (probable sarcopenia)</source>
        <translation>fuerza muscular baja (probable sarcopenia)</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="103"/>
        <source>0.8 m/s or slower: low physical performance</source>
        <translation>0,8 m/s o menos: bajo rendimiento físico</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="104"/>
        <source>slow walking speed (low physical performance)</source>
        <translation>velocidad de marcha lenta (bajo rendimiento físico)</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="108"/>
        <source>norms from age 60</source>
        <translation>valores de referencia desde los 60 años</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="110"/>
        <source>under {stands} stands at {age} ({sex}): below average, fall risk</source>
        <translation>menos de {stands} levantamientos a los {age} años ({sex}): por debajo de la media, riesgo de caída</translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="113"/>
        <source>below-average leg strength for age</source>
        <translation>fuerza de piernas por debajo de la media para la edad</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="16"/>
        <source>height</source>
        <translation>estatura</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="17"/>
        <source>TUG (Timed Up and Go)</source>
        <translation>TUG (prueba Levántate y anda cronometrada)</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="18"/>
        <location filename="../domain/measures/units.py" line="65"/>
        <source>30-second chair stand</source>
        <translation>prueba de levantarse de la silla en 30 segundos</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="19"/>
        <source>five-times sit-to-stand</source>
        <translation>prueba de sentarse y levantarse cinco veces</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="20"/>
        <source>tandem stance</source>
        <translation>posición en tándem</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="21"/>
        <source>grip strength</source>
        <translation>fuerza de prensión</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="22"/>
        <source>gait speed</source>
        <translation>velocidad de marcha</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="91"/>
        <source>your {name} of {value} {unit} on {date} is at or below the {cut} {unit} cut-off ({meaning})</source>
        <translation>su resultado de {name} de {value} {unit} el {date} es igual o inferior al punto de corte de {cut} {unit} ({meaning})</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="94"/>
        <source>your {name} of {value} {unit} on {date} is at or above the {cut} {unit} cut-off ({meaning})</source>
        <translation>su resultado de {name} de {value} {unit} el {date} es igual o superior al punto de corte de {cut} {unit} ({meaning})</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="97"/>
        <source>your {name} of {value} {unit} on {date} is below the {cut} {unit} cut-off ({meaning})</source>
        <translation>su resultado de {name} de {value} {unit} el {date} está por debajo del punto de corte de {cut} {unit} ({meaning})</translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="104"/>
        <source>, better than {value:g} {unit} on {date}</source>
        <translation>, mejor que {value:g} {unit} el {date}</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="62"/>
        <source>Timed Up and Go</source>
        <translation>Levántate y anda cronometrado (TUG)</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="68"/>
        <source>Five-times sit-to-stand</source>
        <translation>Sentarse y levantarse cinco veces</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="71"/>
        <source>Tandem stance (4-stage balance)</source>
        <translation>Posición en tándem (equilibrio en 4 fases)</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="74"/>
        <source>Grip strength</source>
        <translation>Fuerza de prensión</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="77"/>
        <source>Gait speed</source>
        <translation>Velocidad de marcha</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="83"/>
        <source>25-hydroxyvitamin D</source>
        <translation>25-hidroxivitamina D (25(OH)D)</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="86"/>
        <source>Serum calcium</source>
        <translation>Calcio sérico</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="89"/>
        <source>eGFR</source>
        <translation>FGe (filtrado glomerular estimado)</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="92"/>
        <source>Parathyroid hormone (PTH)</source>
        <translation>Hormona paratiroidea (PTH)</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="95"/>
        <source>CTX (bone resorption marker)</source>
        <translation>CTX (marcador de resorción ósea)</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="98"/>
        <source>P1NP (bone formation marker)</source>
        <translation>P1NP (marcador de formación ósea)</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="158"/>
        <source>stands</source>
        <translation>levantamientos</translation>
    </message>
    <message>
        <location filename="../domain/measures/units.py" line="159"/>
        <source>IU</source>
        <translation>UI</translation>
    </message>
    <message>
        <location filename="../services/queries/measure_series.py" line="74"/>
        <source>20 ng/mL: adequate for most</source>
        <translation>20 ng/mL: suficiente para la mayoría</translation>
    </message>
    <message>
        <location filename="../services/queries/measure_series.py" line="76"/>
        <source>12 ng/mL: deficient below</source>
        <translation>12 ng/mL: deficiencia por debajo</translation>
    </message>
    <message>
        <location filename="../services/queries/measure_series.py" line="79"/>
        <source>35: bone-medicine label limit</source>
        <translation>35: límite de la ficha técnica de los fármacos óseos</translation>
    </message>
    <message>
        <location filename="../services/queries/measure_series.py" line="86"/>
        <source>FRAX 10-year probability</source>
        <translation>Probabilidad FRAX a 10 años</translation>
    </message>
    <message>
        <location filename="../services/queries/measure_series.py" line="87"/>
        <source>Major osteoporotic</source>
        <translation>Osteoporótica mayor</translation>
    </message>
    <message>
        <location filename="../services/queries/measure_series.py" line="88"/>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <location filename="../services/queries/measure_series.py" line="89"/>
        <source>20 %: BHOF major</source>
        <translation>20 %: BHOF mayor</translation>
    </message>
    <message>
        <location filename="../services/queries/measure_series.py" line="90"/>
        <source>3 %: BHOF hip</source>
        <translation>3 %: BHOF cadera</translation>
    </message>
</context>
<context>
    <name>nutrition</name>
    <message>
        <location filename="../domain/nutrition.py" line="41"/>
        <source>energy</source>
        <translation>energía</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="42"/>
        <source>protein</source>
        <translation>proteína</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="43"/>
        <source>calcium</source>
        <translation>calcio</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="44"/>
        <source>vitamin D</source>
        <translation>vitamina D</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="45"/>
        <source>magnesium</source>
        <translation>magnesio</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="46"/>
        <source>potassium</source>
        <translation>potasio</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="47"/>
        <source>vitamin K</source>
        <translation>vitamina K</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="150"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="150"/>
        <source>nothing logged</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="154"/>
        <source>at least {amount}</source>
        <translation>al menos {amount}</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="158"/>
        <source>{head}; {unknown} of {total} item has no {nutrient} value</source>
        <translation>{head}; {unknown} de {total} alimento no tiene valor de {nutrient}</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="160"/>
        <source>{head}; {unknown} of {total} items has no {nutrient} value</source>
        <translation>{head}; {unknown} de {total} alimentos no tiene valor de {nutrient}</translation>
    </message>
    <message>
        <location filename="../domain/nutrition.py" line="162"/>
        <source>{head}; {unknown} of {total} items have no {nutrient} value</source>
        <translation>{head}; {unknown} de {total} alimentos no tienen valor de {nutrient}</translation>
    </message>
</context>
<context>
    <name>programmes</name>
    <message>
        <location filename="../domain/programmes/model.py" line="49"/>
        <source>feet apart, holding support</source>
        <translation>pies separados, con apoyo</translation>
    </message>
    <message>
        <location filename="../domain/programmes/model.py" line="50"/>
        <source>feet together</source>
        <translation>pies juntos</translation>
    </message>
    <message>
        <location filename="../domain/programmes/model.py" line="51"/>
        <source>semi-tandem stance</source>
        <translation>posición en semitándem</translation>
    </message>
    <message>
        <location filename="../domain/programmes/model.py" line="52"/>
        <source>tandem stance (heel to toe)</source>
        <translation>posición en tándem (talón con punta)</translation>
    </message>
    <message>
        <location filename="../domain/programmes/model.py" line="53"/>
        <source>single-leg stance</source>
        <translation>apoyo sobre una pierna</translation>
    </message>
    <message>
        <location filename="../domain/programmes/model.py" line="54"/>
        <source>single-leg stance, eyes closed</source>
        <translation>apoyo sobre una pierna, con los ojos cerrados</translation>
    </message>
    <message>
        <location filename="../domain/programmes/model.py" line="88"/>
        <source> at {load}</source>
        <translation> con {load}</translation>
    </message>
    <message>
        <location filename="../domain/programmes/model.py" line="92"/>
        <source>{n} impacts</source>
        <translation>{n} impactos</translation>
    </message>
    <message>
        <location filename="../domain/programmes/progression.py" line="69"/>
        <source>reps {old} -&gt; {new}</source>
        <translation>repeticiones {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../domain/programmes/progression.py" line="73"/>
        <source>load {old:g} -&gt; {new:g} kg, reps back to {reps}</source>
        <translation>carga {old:g} -&gt; {new:g} kg, repeticiones de nuevo a {reps}</translation>
    </message>
    <message>
        <location filename="../domain/programmes/progression.py" line="77"/>
        <source>sets {old} -&gt; {new}, reps back to {reps}</source>
        <translation>series {old} -&gt; {new}, repeticiones de nuevo a {reps}</translation>
    </message>
    <message>
        <location filename="../domain/programmes/progression.py" line="83"/>
        <source>impacts {old} -&gt; {new}</source>
        <translation>impactos {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../domain/programmes/progression.py" line="94"/>
        <source>minutes {old} -&gt; {new}</source>
        <translation>minutos {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../domain/programmes/progression.py" line="128"/>
        <source>{effort}/10 on {date}</source>
        <translation>{effort}/10 el {date}</translation>
    </message>
    <message>
        <location filename="../domain/programmes/progression.py" line="131"/>
        <source>{activity}: the last {sessions} sessions were done as prescribed ({dose}) with effort {efforts}; next step: {change}</source>
        <translation>{activity}: las últimas {sessions} sesiones se hicieron según lo prescrito ({dose}) con un esfuerzo de {efforts}; siguiente paso: {change}</translation>
    </message>
    <message>
        <location filename="../domain/programmes/safety.py" line="55"/>
        <source>{activity} loads the spine in flexion and a vertebral fracture is on record</source>
        <translation>{activity} carga la columna en flexión y hay una fractura vertebral registrada</translation>
    </message>
    <message>
        <location filename="../domain/programmes/safety.py" line="59"/>
        <source>{activity} loads the spine in flexion and bone density is in the osteoporosis range</source>
        <translation>{activity} carga la columna en flexión y la densidad ósea está en el rango de osteoporosis</translation>
    </message>
    <message>
        <location filename="../domain/programmes/safety.py" line="68"/>
        <source>{activity} is moderate or high impact and a vertebral fracture is on record ({date})</source>
        <translation>{activity} es de impacto moderado o alto y hay una fractura vertebral registrada ({date})</translation>
    </message>
    <message>
        <location filename="../domain/programmes/safety.py" line="73"/>
        <source>{activity} is moderate or high impact and a hip fracture is on record ({date})</source>
        <translation>{activity} es de impacto moderado o alto y hay una fractura de cadera registrada ({date})</translation>
    </message>
    <message>
        <location filename="../domain/programmes/safety.py" line="81"/>
        <source>{activity} is moderate or high impact and two or more low-trauma fractures are on record</source>
        <translation>{activity} es de impacto moderado o alto y hay dos o más fracturas por traumatismo leve registradas</translation>
    </message>
    <message>
        <location filename="../domain/programmes/safety.py" line="92"/>
        <source>{activity} is moderate or high impact and there was a fall on {date}</source>
        <translation>{activity} es de impacto moderado o alto y hubo una caída el {date}</translation>
    </message>
    <message>
        <location filename="../domain/programmes/safety.py" line="101"/>
        <source>{activity} is moderate or high impact and the person is {age}</source>
        <translation>{activity} es de impacto moderado o alto y la persona tiene {age} años</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../domain/records.py" line="64"/>
        <source>Lumbar spine (L1-L4)</source>
        <translation>Columna lumbar (L1-L4)</translation>
    </message>
    <message>
        <location filename="../domain/records.py" line="65"/>
        <source>Femoral neck</source>
        <translation>Cuello femoral</translation>
    </message>
    <message>
        <location filename="../domain/records.py" line="66"/>
        <source>Total hip</source>
        <translation>Cadera total</translation>
    </message>
    <message>
        <location filename="../domain/records.py" line="67"/>
        <source>Total body</source>
        <translation>Cuerpo entero</translation>
    </message>
    <message>
        <location filename="../domain/records.py" line="68"/>
        <source>Forearm (33% radius)</source>
        <translation>Antebrazo (radio 33%)</translation>
    </message>
    <message>
        <location filename="../domain/records.py" line="76"/>
        <source>Lumbar spine ({vertebrae})</source>
        <translation>Columna lumbar ({vertebrae})</translation>
    </message>
    <message>
        <location filename="../domain/records.py" line="90"/>
        <source>another make</source>
        <translation>otra marca</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../services/patients.py" line="38"/>
        <source>Previous low-trauma (fragility) fracture</source>
        <translation>Fractura previa por traumatismo leve (por fragilidad)</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="39"/>
        <source>Parent had a hip fracture</source>
        <translation>Padre o madre con fractura de cadera</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="40"/>
        <source>Oral glucocorticoids (≥ 5 mg prednisolone daily, 3 months or more)</source>
        <translation>Glucocorticoides orales (≥ 5 mg de prednisolona al día, 3 meses o más)</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="44"/>
        <source>Rheumatoid arthritis</source>
        <translation>Artritis reumatoide</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="45"/>
        <source>Secondary osteoporosis (e.g. diabetes type 1, hyperthyroidism)</source>
        <translation>Osteoporosis secundaria (p. ej., diabetes tipo 1, hipertiroidismo)</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="53"/>
        <source>Physiotherapist has cleared impact exercise</source>
        <translation>El fisioterapeuta ha autorizado el ejercicio de impacto</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="54"/>
        <source>Primary hyperparathyroidism</source>
        <translation>Hiperparatiroidismo primario</translation>
    </message>
    <message>
        <location filename="../services/queries/adherence.py" line="25"/>
        <source>Strength sessions</source>
        <translation>Sesiones de fuerza</translation>
    </message>
    <message>
        <location filename="../services/queries/adherence.py" line="26"/>
        <source>Balance minutes</source>
        <translation>Minutos de equilibrio</translation>
    </message>
    <message>
        <location filename="../services/queries/adherence.py" line="27"/>
        <source>Weight-bearing minutes</source>
        <translation>Minutos de actividad en carga</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="57"/>
        <source>BoneTracker informs; it does not diagnose or prescribe. This report is for discussion with a doctor, who decides on any test or treatment.</source>
        <translation>BoneTracker informa; no diagnostica ni receta. Este informe es para comentarlo con un médico, que decide cualquier prueba o tratamiento.</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="64"/>
        <source>Calcium</source>
        <translation>Calcio</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="65"/>
        <source>Vitamin D</source>
        <translation>Vitamina D</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="66"/>
        <source>Protein</source>
        <translation>Proteína</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="67"/>
        <source>Magnesium</source>
        <translation>Magnesio</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="68"/>
        <source>Potassium</source>
        <translation>Potasio</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="69"/>
        <source>Vitamin K</source>
        <translation>Vitamina K</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="198"/>
        <source>since {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="201"/>
        <source>since the previous scan ({date})</source>
        <translation>desde la densitometría anterior ({date})</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="204"/>
        <source>since the scan of {date}</source>
        <translation>desde la densitometría del {date}</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="206"/>
        <source>over the last {days} days (no scan yet)</source>
        <translation>en los últimos {days} días (aún sin densitometría)</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="217"/>
        <source>not logged</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="219"/>
        <source>over upper limit</source>
        <translation>por encima del límite superior</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="221"/>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="223"/>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="226"/>
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <location filename="../services/queries/report_data.py" line="256"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="79"/>
        <source>pre</source>
        <translation>premenopausia</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="80"/>
        <source>peri</source>
        <translation>perimenopausia</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="81"/>
        <source>post</source>
        <translation>posmenopausia</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="82"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="83"/>
        <source>former</source>
        <translation>exfumador</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="84"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="85"/>
        <source>bisphosphonate</source>
        <translation>bisfosfonato</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="86"/>
        <source>denosumab</source>
        <translation>denosumab</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="87"/>
        <source>anabolic</source>
        <translation>anabólico</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="88"/>
        <source>hrt</source>
        <translation>THS</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="89"/>
        <source>serm</source>
        <translation>MSRE</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="90"/>
        <source>supplement</source>
        <translation>suplemento</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="91"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="92"/>
        <source>hip</source>
        <translation>cadera</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="93"/>
        <source>vertebra</source>
        <translation>vértebra</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="94"/>
        <source>wrist</source>
        <translation>muñeca</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="95"/>
        <source>humerus</source>
        <translation>húmero</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="96"/>
        <source>pelvis</source>
        <translation>pelvis</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="97"/>
        <source>rib</source>
        <translation>costilla</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="145"/>
        <source>{sex}, born {date} ({age} years)</source>
        <translation>{sex}, nacimiento el {date} ({age} años)</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="150"/>
        <source>height {height}, weight {weight}</source>
        <translation>estatura {height}, peso {weight}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="152"/>
        <source>, BMI {bmi:.1f}</source>
        <translation>, IMC {bmi:.1f}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="154"/>
        <source>menopause: {value}</source>
        <translation>menopausia: {value}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="156"/>
        <source>smoking: {value}</source>
        <translation>tabaco: {value}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="158"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="161"/>
        <source>as of {date}</source>
        <translation>a fecha de {date}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="166"/>
        <source>{site}, {score}, scan of {date}</source>
        <translation>{site}, {score}, densitometría del {date}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="169"/>
        <source>; osteoporosis {basis}</source>
        <translation>; osteoporosis {basis}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="170"/>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="172"/>
        <location filename="../ui/report.py" line="560"/>
        <source>Bone-health report: {name}</source>
        <translation>Informe de salud ósea: {name}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="173"/>
        <source>Risk factors:</source>
        <translation>Factores de riesgo:</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="174"/>
        <source>Latest classification:</source>
        <translation>Última clasificación:</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="175"/>
        <source>Next DXA scan due:</source>
        <translation>Próxima densitometría (DXA) prevista:</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="176"/>
        <source>Report {period} · patient id {id}</source>
        <translation>Informe {period} · id. de paciente {id}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="195"/>
        <location filename="../ui/report.py" line="231"/>
        <source>DXA results</source>
        <translation>Resultados de densitometría (DXA)</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="196"/>
        <source>No DXA scans recorded.</source>
        <translation>No hay densitometrías (DXA) registradas.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="197"/>
        <location filename="../ui/report.py" line="256"/>
        <location filename="../ui/report.py" line="370"/>
        <location filename="../ui/report.py" line="382"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="197"/>
        <source>BMD g/cm²</source>
        <translation>DMO g/cm²</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="198"/>
        <source>Δ prev. g/cm²</source>
        <translation>Δ ant. g/cm²</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="198"/>
        <source>Δ prev. %</source>
        <translation>Δ ant. %</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="199"/>
        <source>Δ first g/cm²</source>
        <translation>Δ 1.ª g/cm²</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="199"/>
        <source>Δ first %</source>
        <translation>Δ 1.ª %</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="200"/>
        <source>Device</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="207"/>
        <source> (calc.)</source>
        <translation> (calc.)</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="213"/>
        <source>* Significant: the change is at least the least significant change (LSC) for the site ({lsc} g/cm²; LSC = 2.77 × the scanner&apos;s precision error, ISCD). Smaller changes are within measurement error. Green = gain, red = loss. “Δ first” compares with the first scan in this report. “calc.” = T-score computed from BMD (NHANES III).</source>
        <translation>* Significativo: el cambio es al menos el cambio mínimo significativo (LSC) de la zona ({lsc} g/cm²; LSC = 2,77 × el error de precisión del densitómetro, ISCD). Los cambios menores están dentro del error de medida. Verde = ganancia, rojo = pérdida. «Δ 1.ª» compara con la primera densitometría de este informe. «calc.» = puntuación T calculada a partir de la DMO (NHANES III).</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="222"/>
        <source>† Not comparable: the scans differ in scanner make, machine (unless cross-calibrated), vertebrae or hip side, so the difference is not judged against the LSC (ISCD).</source>
        <translation>† No comparable: las densitometrías difieren en la marca del densitómetro, el equipo (salvo calibración cruzada), las vértebras o el lado de la cadera, así que la diferencia no se valora frente al LSC (ISCD).</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="228"/>
        <source>LSC for {sites} is an assumed default; set your facility&apos;s value in Settings.</source>
        <translation>El LSC de {sites} es un valor por defecto supuesto; configure el valor de su centro en Ajustes.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="236"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="240"/>
        <source>Fracture: {site}</source>
        <translation>Fractura: {site}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="240"/>
        <source>Fall</source>
        <translation>Caída</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="241"/>
        <source>low trauma</source>
        <translation>traumatismo leve</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="241"/>
        <source>high trauma</source>
        <translation>traumatismo fuerte</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="242"/>
        <source>injury</source>
        <translation>con lesión</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="242"/>
        <source>no injury</source>
        <translation>sin lesión</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="249"/>
        <source>Medication courses</source>
        <translation>Tratamientos farmacológicos</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="250"/>
        <location filename="../ui/report.py" line="280"/>
        <source>Drug</source>
        <translation>Fármaco</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="250"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="250"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="251"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="251"/>
        <location filename="../ui/report.py" line="420"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="253"/>
        <source>No medication courses recorded.</source>
        <translation>No hay tratamientos farmacológicos registrados.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="255"/>
        <source>Fractures and falls</source>
        <translation>Fracturas y caídas</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="256"/>
        <source>Event</source>
        <translation>Suceso</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="256"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="257"/>
        <source>None recorded.</source>
        <translation>Ninguno registrado.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="270"/>
        <source> (start)</source>
        <translation> (inicio)</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="273"/>
        <source>({n} days overdue)</source>
        <translation>({n} días de retraso)</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="279"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="280"/>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="280"/>
        <source>Last dose</source>
        <translation>Última dosis</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="281"/>
        <source>Next due</source>
        <translation>Próxima prevista</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="281"/>
        <source>On time, 90 / 365 days</source>
        <translation>A tiempo, 90 / 365 días</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="283"/>
        <source>On time: the proportion of days covered by the doses logged; 80 % or more counts as adherent.</source>
        <translation>A tiempo: la proporción de días cubiertos por las dosis registradas; un 80 % o más se considera buena adherencia.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="295"/>
        <source>Report:</source>
        <translation>Informe a su médico:</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="300"/>
        <source>How to take your medicines</source>
        <translation>Cómo tomar sus medicamentos</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="308"/>
        <location filename="../ui/report.py" line="407"/>
        <source>{met} of {weeks}</source>
        <translation>{met} de {weeks}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="314"/>
        <source>Average daily intake {window}</source>
        <translation>Ingesta diaria media {window}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="315"/>
        <source>Mean over {days} day(s) with meals logged, supplements included; unlogged days are not counted as zero.</source>
        <translation>Media de {days} día(s) con comidas registradas, suplementos incluidos; los días sin registrar no cuentan como cero.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="320"/>
        <source>Nutrient</source>
        <translation>Nutriente</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="320"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="321"/>
        <source>Daily target</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="321"/>
        <location filename="../ui/report.py" line="372"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="322"/>
        <source>Exercise adherence {window}</source>
        <translation>Cumplimiento del ejercicio {window}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="323"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="323"/>
        <source>Average per week</source>
        <translation>Media semanal</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="324"/>
        <source>Weekly target</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="324"/>
        <source>Weeks meeting target</source>
        <translation>Semanas con el objetivo cumplido</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="347"/>
        <source>outside</source>
        <translation>fuera</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="348"/>
        <source>within</source>
        <translation>dentro</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="352"/>
        <source> (better)</source>
        <translation> (mejor)</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="354"/>
        <source> (worse)</source>
        <translation> (peor)</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="359"/>
        <source>{amount} since {date}{trend}</source>
        <translation>{amount} desde el {date}{trend}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="369"/>
        <source>Measurements between scans</source>
        <translation>Mediciones entre densitometrías</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="370"/>
        <location filename="../ui/report.py" line="382"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="371"/>
        <location filename="../ui/report.py" line="382"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="371"/>
        <source>Norm</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="372"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="376"/>
        <source>Height loss:</source>
        <translation>Pérdida de estatura:</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="381"/>
        <source>Lab results</source>
        <translation>Resultados de laboratorio</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="383"/>
        <source>Lab range</source>
        <translation>Rango del laboratorio</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="383"/>
        <source>Reading</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="389"/>
        <source>&lt;b&gt;Recalculate:&lt;/b&gt; changed since: {changed}.</source>
        <translation>&lt;b&gt;Volver a calcular:&lt;/b&gt; ha cambiado desde entonces: {changed}.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="391"/>
        <source>Entered from the official FRAX calculator; BoneTracker does not compute FRAX.</source>
        <translation>Introducido desde la calculadora oficial FRAX; BoneTracker no calcula el FRAX.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="403"/>
        <source>supervised</source>
        <translation>supervisado</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="403"/>
        <source> cleared</source>
        <translation> autorizado</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="413"/>
        <source>Version {number} from {start} ({count} version(s) since {created}).</source>
        <translation>Versión {number} desde el {start} ({count} versión(es) desde el {created}).</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="418"/>
        <source>Exercise programme: {name}</source>
        <translation>Programa de ejercicios: {name}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="420"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="421"/>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="421"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="422"/>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="422"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="423"/>
        <source>Exercises done</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="423"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="424"/>
        <source>Adherence</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="430"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="430"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="437"/>
        <source>after a first scan</source>
        <translation>después de una primera densitometría</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="438"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="438"/>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="439"/>
        <source>Next DXA scan</source>
        <translation>Próxima densitometría (DXA)</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="440"/>
        <source>Due: &lt;b&gt;{due}&lt;/b&gt;</source>
        <translation>Prevista: &lt;b&gt;{due}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="453"/>
        <source>T-score over time</source>
        <translation>Puntuación T (T-score) a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="464"/>
        <source>Printed {date} · {name}</source>
        <translation>Impreso el {date} · {name}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="535"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="586"/>
        <source>No patient selected</source>
        <translation>Ningún paciente seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="587"/>
        <source>Select a patient in the list first, then make the report.</source>
        <translation>Seleccione primero un paciente en la lista y después genere el informe.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="599"/>
        <source>Export report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="607"/>
        <source>Wrote the report for {name} to {target} ({pages} page).</source>
        <translation>Se ha guardado el informe de {name} en {target} ({pages} página).</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="609"/>
        <source>Wrote the report for {name} to {target} ({pages} pages).</source>
        <translation>Se ha guardado el informe de {name} en {target} ({pages} páginas).</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="615"/>
        <source>Report written</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="629"/>
        <source>Report for {name}</source>
        <translation>Informe de {name}</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../services/activities.py" line="179"/>
        <location filename="../services/patients.py" line="87"/>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <location filename="../services/activities.py" line="207"/>
        <source>{name!r} is already in the activity list</source>
        <translation>{name!r} ya está en la lista de actividades</translation>
    </message>
    <message>
        <location filename="../services/clinic.py" line="80"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../services/clinic.py" line="82"/>
        <location filename="../services/programmes.py" line="135"/>
        <source>must be at most {limit} characters</source>
        <translation>debe tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../services/clinic.py" line="87"/>
        <source>must be at least {limit} characters</source>
        <translation>debe tener al menos {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../services/clinic.py" line="123"/>
        <source>a user named {name!r} exists already</source>
        <translation>ya existe un usuario llamado {name!r}</translation>
    </message>
    <message>
        <location filename="../services/clinic.py" line="101"/>
        <source>clinic mode is already on; an admin adds users</source>
        <translation>el modo clínica ya está activado; los usuarios los añade un administrador</translation>
    </message>
    <message>
        <location filename="../services/clinic.py" line="135"/>
        <source>no user named {name!r}</source>
        <translation>no hay ningún usuario llamado {name!r}</translation>
    </message>
    <message>
        <location filename="../services/doses.py" line="64"/>
        <source>has no course for this patient; start one first (&apos;bonetracker meds add --drug &quot;{drug}&quot;&apos; or the Medications page)</source>
        <translation>no tiene ningún tratamiento para este paciente; inicie uno primero (&apos;bonetracker meds add --drug &quot;{drug}&quot;&apos; o la página Medicamentos)</translation>
    </message>
    <message>
        <location filename="../services/doses.py" line="72"/>
        <source>cannot be before the start of the {drug} course ({date})</source>
        <translation>no puede ser anterior al inicio del tratamiento con {drug} ({date})</translation>
    </message>
    <message>
        <location filename="../services/doses.py" line="80"/>
        <source>cannot be {where}: no {drug} course was running on {date}</source>
        <translation>no puede ser {where}: no había ningún tratamiento con {drug} en curso el {date}</translation>
    </message>
    <message>
        <location filename="../services/doses.py" line="89"/>
        <source>must be a time as HH:MM, 00:00 to 23:59 (got {value})</source>
        <translation>debe ser una hora con el formato HH:MM, de 00:00 a 23:59 (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/doses.py" line="104"/>
        <location filename="../services/medications.py" line="211"/>
        <source>must be one of {choices} (got {value})</source>
        <translation>debe ser uno de: {choices} (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/doses.py" line="132"/>
        <source>must be a time as HH:MM</source>
        <translation>debe ser una hora con el formato HH:MM</translation>
    </message>
    <message>
        <location filename="../services/doses.py" line="136"/>
        <source>has no course for this patient</source>
        <translation>no tiene ningún tratamiento para este paciente</translation>
    </message>
    <message>
        <location filename="../services/doses.py" line="155"/>
        <source>a dose of {drug} is already {what} on {date}: one a day at most ({schedule}); undo or delete that entry first</source>
        <translation>ya hay una dosis de {drug} {what} el {date}: como máximo una al día ({schedule}); deshaga o borre antes esa entrada</translation>
    </message>
    <message>
        <location filename="../services/foods.py" line="96"/>
        <source>is required (a food ID or description)</source>
        <translation>es obligatorio (un ID o una descripción de alimento)</translation>
    </message>
    <message>
        <location filename="../services/foods.py" line="101"/>
        <source>no food matches {value}</source>
        <translation>ningún alimento coincide con {value}</translation>
    </message>
    <message>
        <location filename="../services/foods.py" line="121"/>
        <source>no food matches {text!r}{hint}</source>
        <translation>ningún alimento coincide con {text!r}{hint}</translation>
    </message>
    <message>
        <location filename="../services/foods.py" line="126"/>
        <source>{field}: {text!r} matches several foods, give its ID: {listing}</source>
        <translation>{field}: {text!r} coincide con varios alimentos, indique su ID: {listing}</translation>
    </message>
    <message>
        <location filename="../services/foods.py" line="158"/>
        <source>must be 100g or portion</source>
        <translation>debe ser 100g o portion</translation>
    </message>
    <message>
        <location filename="../services/foods.py" line="166"/>
        <source>is required with a portion weight (e.g. tablet, cup)</source>
        <translation>es obligatorio con un peso de ración (p. ej., comprimido, taza)</translation>
    </message>
    <message>
        <location filename="../services/foods.py" line="175"/>
        <source>is {kcal:.0f} kcal per 100 g, more than pure fat; check the portion weight</source>
        <translation>tiene {kcal:.0f} kcal por 100 g, más que la grasa pura; revise el peso de la ración</translation>
    </message>
    <message>
        <location filename="../services/foods.py" line="180"/>
        <source>is more than 100 g per 100 g; check the portion weight</source>
        <translation>es más de 100 g por 100 g; revise el peso de la ración</translation>
    </message>
    <message>
        <location filename="../services/foods.py" line="197"/>
        <source>must be custom (USDA foods come with BoneTracker)</source>
        <translation>debe ser custom (los alimentos del USDA vienen con BoneTracker)</translation>
    </message>
    <message>
        <location filename="../services/foods.py" line="314"/>
        <source>must be one of {choices} (got {nutrient!r})</source>
        <translation>debe ser uno de: {choices} (se recibió {nutrient!r})</translation>
    </message>
    <message>
        <location filename="../services/meals.py" line="87"/>
        <source>is required: one of {listing}</source>
        <translation>es obligatorio: uno de {listing}</translation>
    </message>
    <message>
        <location filename="../services/meals.py" line="99"/>
        <source>{unit!r} is not a measure of {description}; use {listing}</source>
        <translation>{unit!r} no es una medida de {description}; use {listing}</translation>
    </message>
    <message>
        <location filename="../services/meals.py" line="104"/>
        <source>{unit!r} could mean {listing}; give the whole unit</source>
        <translation>{unit!r} puede significar {listing}; escriba la unidad completa</translation>
    </message>
    <message>
        <location filename="../services/meals.py" line="112"/>
        <source>{amount:g} {unit} weighs {grams:,.0f} g; one item can be at most {limit:,.0f} g (5 kg)</source>
        <translation>{amount:g} {unit} pesan {grams:,.0f} g; un alimento puede pesar como máximo {limit:,.0f} g (5 kg)</translation>
    </message>
    <message>
        <location filename="../services/meals.py" line="156"/>
        <source>at most {limit} foods per meal</source>
        <translation>como máximo {limit} alimentos por comida</translation>
    </message>
    <message>
        <location filename="../services/meals.py" line="124"/>
        <source>must be more than 0 (got {value})</source>
        <translation>debe ser mayor que 0 (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/meals.py" line="154"/>
        <location filename="../services/meals.py" line="182"/>
        <source>add at least one food</source>
        <translation>añada al menos un alimento</translation>
    </message>
    <message>
        <location filename="../services/meals.py" line="164"/>
        <source>must be more than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <location filename="../services/meals.py" line="231"/>
        <source>{what} logged on {date}</source>
        <translation>{what} registrado el {date}</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="104"/>
        <source>This patient has no programme yet; start one with &apos;programme new&apos;.</source>
        <translation>Este paciente aún no tiene programa; cree uno con &apos;programme new&apos;.</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="128"/>
        <source>must be one of {choices} (got {template!r})</source>
        <translation>debe ser uno de: {choices} (se recibió {template!r})</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="146"/>
        <source>must not be before the birth date {date}</source>
        <translation>no debe ser anterior a la fecha de nacimiento, {date}</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="202"/>
        <source>is needed with reps (e.g. --sets 2 --reps 10)</source>
        <translation>es necesario junto con las repeticiones (p. ej., --sets 2 --reps 10)</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="206"/>
        <source>is needed with sets (e.g. --sets 2 --reps 10)</source>
        <translation>es necesario junto con las series (p. ej., --sets 2 --reps 10)</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="217"/>
        <source>give a dose: sets and reps (with an optional load), minutes, or impacts</source>
        <translation>indique una dosis: series y repeticiones (con una carga opcional), minutos o impactos</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="220"/>
        <source>goes with sets and reps</source>
        <translation>va con series y repeticiones</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="223"/>
        <source>{reason}; prescribe it only as supervised or cleared ({source})</source>
        <translation>{reason}; prescríbalo solo supervisado o autorizado ({source})</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="314"/>
        <source>Item {item_id} is not in the current version of the programme.</source>
        <translation>El elemento {item_id} no está en la versión actual del programa.</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="384"/>
        <source>That proposal is for an older version of the programme.</source>
        <translation>Esa propuesta es para una versión anterior del programa.</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="399"/>
        <source>No progression is proposed for item {item_id}.</source>
        <translation>No se propone ninguna progresión para el elemento {item_id}.</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="438"/>
        <source>must not be in the future</source>
        <translation>no debe estar en el futuro</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="440"/>
        <source>must be {range}</source>
        <translation>debe estar {range}</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="448"/>
        <source>the programme starts on {start}</source>
        <translation>el programa empieza el {start}</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="454"/>
        <source>Not every item is in the version in force on {date}.</source>
        <translation>No todos los elementos están en la versión vigente el {date}.</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="468"/>
        <source>no item {item_id} in this patient&apos;s programme</source>
        <translation>no hay ningún elemento {item_id} en el programa de este paciente</translation>
    </message>
    <message>
        <location filename="../services/programmes.py" line="475"/>
        <source>item {item_id} is {activity}, not {activity2}</source>
        <translation>el elemento {item_id} es {activity}, no {activity2}</translation>
    </message>
    <message>
        <location filename="../services/settings.py" line="93"/>
        <source>must be text (a scanner&apos;s serial number or room name)</source>
        <translation>debe ser texto (el número de serie del densitómetro o el nombre de la sala)</translation>
    </message>
    <message>
        <location filename="../services/settings.py" line="100"/>
        <source>is required: name two machines (serial number or room name, up to {limit} characters)</source>
        <translation>es obligatorio: indique dos equipos (número de serie o nombre de la sala, hasta {limit} caracteres)</translation>
    </message>
    <message>
        <location filename="../services/settings.py" line="111"/>
        <source>{a!r} and {b!r} are the same machine; name two different machines</source>
        <translation>{a!r} y {b!r} son el mismo equipo; indique dos equipos distintos</translation>
    </message>
    <message>
        <location filename="../services/settings.py" line="149"/>
        <source>give two machines per pair</source>
        <translation>indique dos equipos por pareja</translation>
    </message>
    <message>
        <location filename="../services/settings.py" line="179"/>
        <source>{value} and {value2} are not declared cross-calibrated (declared: {listed})</source>
        <translation>{value} y {value2} no constan como calibrados entre sí (declarados: {listed})</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="115"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="117"/>
        <source>{name} is given only {choices} (got {value})</source>
        <translation>{name} se administra solo {choices} (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="119"/>
        <source>{name} is given {choices} (got {value})</source>
        <translation>{name} se administra {choices} (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="124"/>
        <location filename="../services/medications.py" line="164"/>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de: {choices}</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="129"/>
        <source>is only for weekly courses</source>
        <translation>solo es para tratamientos semanales</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="137"/>
        <source>must be one of {drug_choices}</source>
        <translation>debe ser uno de: {drug_choices}</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="142"/>
        <source>{name} is a {value}, not {drug_class}</source>
        <translation>{name} es un {value}, no {drug_class}</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="149"/>
        <location filename="../services/medications.py" line="190"/>
        <source>cannot be before the start ({date})</source>
        <translation>no puede ser anterior al inicio ({date})</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="159"/>
        <location filename="../services/medications.py" line="201"/>
        <source>is only for calcium and vitamin D supplements</source>
        <translation>solo es para suplementos de calcio y vitamina D</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="183"/>
        <source>must be one of {drug_choices} (got {value}); use &apos;other&apos; and a note for anything else</source>
        <translation>debe ser uno de: {drug_choices} (se recibió {value}); para cualquier otro, use &apos;other&apos; y una nota</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="253"/>
        <source>overlaps the {drug} course from {range}; stop or edit that course first</source>
        <translation>se solapa con el tratamiento con {drug} del {range}; finalice o edite antes ese tratamiento</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="285"/>
        <source>must be one of {drug_choices} (got {value})</source>
        <translation>debe ser uno de: {drug_choices} (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="295"/>
        <source>No running {name} course to stop; see &apos;bonetracker meds list&apos;.</source>
        <translation>No hay ningún tratamiento con {name} en curso que finalizar; vea &apos;bonetracker meds list&apos;.</translation>
    </message>
    <message>
        <location filename="../services/medications.py" line="302"/>
        <source>cannot be before the start of the course ({date})</source>
        <translation>no puede ser anterior al inicio del tratamiento ({date})</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="73"/>
        <source>applies to women only; leave it empty</source>
        <translation>solo se aplica a mujeres; déjelo vacío</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="95"/>
        <source>must be at most {years} years ago (on or after {date})</source>
        <translation>debe ser como máximo de hace {years} años (el {date} o después)</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="198"/>
        <source>must be on or before the earliest entry, a {kind} on {date}</source>
        <translation>debe ser igual o anterior a la primera entrada, un registro de {kind} del {date}</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="243"/>
        <source>is required (a name or an id)</source>
        <translation>es obligatorio (un nombre o un id.)</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="245"/>
        <source>No patient named {value} (names have at most {limit} characters).</source>
        <translation>No hay ningún paciente llamado {value} (los nombres tienen como máximo {limit} caracteres).</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="263"/>
        <source>No patient named {ref!r}. See &apos;bonetracker patients list&apos;.</source>
        <translation>No hay ningún paciente llamado {ref!r}. Vea &apos;bonetracker patients list&apos;.</translation>
    </message>
    <message>
        <location filename="../services/patients.py" line="268"/>
        <source>{count} patients match {ref!r}: {listing}. Use the id.</source>
        <translation>{count} pacientes coinciden con {ref!r}: {listing}. Use el id.</translation>
    </message>
    <message>
        <location filename="../services/scans.py" line="52"/>
        <source>a range of at least two adjacent lumbar vertebrae, one of {choices}</source>
        <translation>un intervalo de al menos dos vértebras lumbares contiguas, uno de {choices}</translation>
    </message>
    <message>
        <location filename="../services/scans.py" line="69"/>
        <location filename="../services/scans.py" line="86"/>
        <source>must be {help} (got {value})</source>
        <translation>debe ser {help} (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/scans.py" line="137"/>
        <source>the visit of {date} already records {name} {text!r}; edit that visit to change it</source>
        <translation>la visita del {date} ya registra {name} {text!r}; edite esa visita para cambiarlo</translation>
    </message>
    <message>
        <location filename="../services/scans.py" line="158"/>
        <location filename="../services/scans.py" line="198"/>
        <source>give at least one of BMD and T-score</source>
        <translation>indique al menos la DMO o la puntuación T</translation>
    </message>
    <message>
        <location filename="../services/scans.py" line="175"/>
        <location filename="../services/scans.py" line="237"/>
        <source>add at least one site measurement</source>
        <translation>añada al menos la medición de una zona</translation>
    </message>
    <message>
        <location filename="../services/scans.py" line="181"/>
        <source>{site} is measured twice in one visit</source>
        <translation>{site} se mide dos veces en una misma visita</translation>
    </message>
    <message>
        <location filename="../services/scans.py" line="276"/>
        <source>the {site} was already measured on {date}; edit that visit instead (one measurement per site per visit)</source>
        <translation>{site} ya se midió el {date}; edite esa visita en su lugar (una medición por zona y visita)</translation>
    </message>
    <message>
        <location filename="../services/scans.py" line="299"/>
        <source>another visit is already on {date}; edit that one</source>
        <translation>ya hay otra visita el {date}; edite esa</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../storage/backup.py" line="45"/>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} no existe o no es un archivo.</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="51"/>
        <source>{path} is not a BoneTracker backup (not an SQLite file).</source>
        <translation>{path} no es una copia de seguridad de BoneTracker (no es un archivo SQLite).</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="60"/>
        <source>{path} is damaged ({value}).</source>
        <translation>{path} está dañado ({value}).</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="66"/>
        <source>{path} is not a BoneTracker database.</source>
        <translation>{path} no es una base de datos de BoneTracker.</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="75"/>
        <source>{path} cannot be read as a database ({exc}).</source>
        <translation>{path} no se puede leer como base de datos ({exc}).</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="81"/>
        <source>{path} was written by a newer BoneTracker (schema {revision}); update BoneTracker first.</source>
        <translation>{path} lo escribió una versión más reciente de BoneTracker (esquema {revision}); actualice BoneTracker primero.</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="92"/>
        <source>The backup file must not be the database itself.</source>
        <translation>El archivo de copia de seguridad no puede ser la propia base de datos.</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="99"/>
        <source>The database {database} is damaged ({exc}); no backup was written. Restore an earlier backup.</source>
        <translation>La base de datos {database} está dañada ({exc}); no se ha escrito ninguna copia. Restaure una copia de seguridad anterior.</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="108"/>
        <source>The database {database} is damaged: {detail} No backup was written; check the database (Help &gt; Check database) or restore an earlier backup.</source>
        <translation>La base de datos {database} está dañada: {detail} No se ha escrito ninguna copia; compruebe la base de datos (Ayuda &gt; Comprobar base de datos) o restaure una copia de seguridad anterior.</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="114"/>
        <source>Backup not written: {reason}</source>
        <translation>Copia de seguridad no escrita: {reason}</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="119"/>
        <location filename="../storage/backup.py" line="124"/>
        <source>Could not write the backup {target}: {exc}</source>
        <translation>No se pudo escribir la copia de seguridad {target}: {exc}</translation>
    </message>
    <message>
        <location filename="../storage/backup.py" line="184"/>
        <source>{database} is being written by another program and stayed locked for {seconds:.0f} s: nothing was restored. Close the other program and try again.</source>
        <translation>Otro programa está escribiendo en {database} y siguió bloqueada durante {seconds:.0f} s: no se ha restaurado nada. Cierre el otro programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="60"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="62"/>
        <source>the disk refused the write (a disk I/O error: it may be full, over a file-size limit, or failing)</source>
        <translation>el disco rechazó la escritura (un error de E/S del disco: puede estar lleno, superar un límite de tamaño de archivo o estar fallando)</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="68"/>
        <source>the database file or its folder is read-only</source>
        <translation>el archivo de la base de datos o su carpeta es de solo lectura</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="70"/>
        <source>the file cannot be opened for writing (is its folder read-only?)</source>
        <translation>el archivo no se puede abrir para escribir (¿su carpeta es de solo lectura?)</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="82"/>
        <source>The disk is full, so this change was not saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que este cambio no se ha guardado. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="87"/>
        <source>The database cannot be written (read-only or no permission): not saved.</source>
        <translation>No se puede escribir en la base de datos (solo lectura o sin permiso): no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="88"/>
        <source>The database could not be reached, so this change was not saved ({text}).</source>
        <translation>No se pudo acceder a la base de datos, así que este cambio no se ha guardado ({text}).</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="161"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="166"/>
        <source>Cannot read {path}: permission denied.</source>
        <translation>No se puede leer {path}: permiso denegado.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="178"/>
        <source>Cannot create the database {path}: {blocker} is a file, not a folder.</source>
        <translation>No se puede crear la base de datos {path}: {blocker} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="187"/>
        <source>Cannot create the database {path}: {strerror}.</source>
        <translation>No se puede crear la base de datos {path}: {strerror}.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="234"/>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>No se puede leer {path}: {strerror}.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="240"/>
        <source>{path} is not a BoneTracker database (it is not an SQLite file). Choose another file with --db; this one was left untouched.</source>
        <translation>{path} no es una base de datos de BoneTracker (no es un archivo SQLite). Elija otro archivo con --db; este no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="252"/>
        <source>{path} is damaged ({check}). Restore a backup with &apos;bonetracker restore FILE&apos;; the damaged file was left untouched.</source>
        <translation>{path} está dañado ({check}). Restaure una copia de seguridad con &apos;bonetracker restore ARCHIVO&apos;; el archivo dañado no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="263"/>
        <source>{path} is an SQLite database but not a BoneTracker one; it was left untouched.</source>
        <translation>{path} es una base de datos SQLite, pero no de BoneTracker; no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="275"/>
        <source>{path} cannot be opened: {reason}. Move it to a writable folder with free space, or choose another file with --db. It was left untouched.</source>
        <translation>{path} no se puede abrir: {reason}. Muévalo a una carpeta con permiso de escritura y espacio libre, o elija otro archivo con --db. No se ha modificado.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="283"/>
        <source>{path} is damaged ({exc}). Restore a backup with &apos;bonetracker restore FILE&apos;; the damaged file was left untouched.</source>
        <translation>{path} está dañado ({exc}). Restaure una copia de seguridad con &apos;bonetracker restore ARCHIVO&apos;; el archivo dañado no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="290"/>
        <source>{path} cannot be opened as a database ({exc}). It was left untouched.</source>
        <translation>{path} no se puede abrir como base de datos ({exc}). No se ha modificado.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="325"/>
        <source>There is no database file at {path}.</source>
        <translation>No hay ningún archivo de base de datos en {path}.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="337"/>
        <source>{path} is read-only and is not at this version&apos;s schema: it must be upgraded, which writes to it. Make it writable once (or copy it somewhere writable) and open it again.</source>
        <translation>{path} es de solo lectura y no tiene el esquema de esta versión: hay que actualizarlo, lo que requiere escribir en él. Permita la escritura una vez (o cópielo a un lugar con permiso de escritura) y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="403"/>
        <source>Not a database URL: {url!r}.</source>
        <translation>No es una URL de base de datos: {url!r}.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="414"/>
        <source>Cannot use {database}: {exc}.</source>
        <translation>No se puede usar {database}: {exc}.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="445"/>
        <source>{path} was written by a newer BoneTracker (schema {revision}). Update BoneTracker to open it; the file was left untouched.</source>
        <translation>{path} lo escribió una versión más reciente de BoneTracker (esquema {revision}). Actualice BoneTracker para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="454"/>
        <source>Cannot write to {path}: the file is read-only.</source>
        <translation>No se puede escribir en {path}: el archivo es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="467"/>
        <source>The database was written by a newer BoneTracker (schema {revision}). Update BoneTracker to open it.</source>
        <translation>La base de datos la escribió una versión más reciente de BoneTracker (esquema {revision}). Actualice BoneTracker para abrirla.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="478"/>
        <source>{database} holds BoneTracker&apos;s tables but no schema revision (its alembic_version table is empty or missing), so it cannot be upgraded safely. Restore a backup (&apos;bonetracker restore FILE&apos;); the file was left untouched.</source>
        <translation>{database} contiene las tablas de BoneTracker pero ninguna revisión de esquema (su tabla alembic_version está vacía o no existe), así que no se puede actualizar con seguridad. Restaure una copia de seguridad (&apos;bonetracker restore ARCHIVO&apos;); el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="495"/>
        <source>Cannot open the database {database}: {reason}.</source>
        <translation>No se puede abrir la base de datos {database}: {reason}.</translation>
    </message>
    <message>
        <location filename="../storage/database.py" line="500"/>
        <source>Cannot open the database {database}: {first}</source>
        <translation>No se puede abrir la base de datos {database}: {first}</translation>
    </message>
    <message>
        <location filename="../storage/safe_files.py" line="53"/>
        <source>cannot write {target}: no temporary file could be created beside it</source>
        <translation>no se puede escribir {target}: no se pudo crear un archivo temporal junto a él</translation>
    </message>
    <message>
        <location filename="../storage/safe_files.py" line="75"/>
        <source>cannot write {target}: its temporary file was replaced</source>
        <translation>no se puede escribir {target}: su archivo temporal fue sustituido</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../services/validation.py" line="57"/>
        <source>from {low} to {high}{unit}</source>
        <translation>entre {low} y {high}{unit}</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="92"/>
        <source>is required ({range})</source>
        <translation>es obligatorio ({range})</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="96"/>
        <source>must be a number {range}</source>
        <translation>debe ser un número {range}</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="101"/>
        <source>must be {range} (got a far too large number)</source>
        <translation>debe estar {range} (se recibió un número demasiado grande)</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="106"/>
        <source>must be a finite number {range}</source>
        <translation>debe ser un número finito {range}</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="110"/>
        <source>must be a whole number {range}</source>
        <translation>debe ser un número entero {range}</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="114"/>
        <source>must be {range} (got {value})</source>
        <translation>debe estar {range} (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="135"/>
        <source>is required (a date as YYYY-MM-DD)</source>
        <translation>es obligatorio (una fecha con el formato AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="138"/>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>debe ser una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="141"/>
        <source>cannot be in the future (latest {date})</source>
        <translation>no puede estar en el futuro (como muy tarde {date})</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="146"/>
        <source>cannot be before {date}</source>
        <translation>no puede ser anterior al {date}</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="172"/>
        <source>must be on or after the birth date {date}</source>
        <translation>debe ser igual o posterior a la fecha de nacimiento, {date}</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="193"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="197"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="199"/>
        <source>must be at most {limit} characters (got {length})</source>
        <translation>debe tener como máximo {limit} caracteres (tiene {length})</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="203"/>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="205"/>
        <source>contains characters that are not valid text</source>
        <translation>contiene caracteres que no son texto válido</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="232"/>
        <source>is required (one of {choices})</source>
        <translation>es obligatorio (uno de: {choices})</translation>
    </message>
    <message>
        <location filename="../services/queries/caseload.py" line="94"/>
        <location filename="../services/queries/caseload.py" line="98"/>
        <location filename="../services/validation.py" line="239"/>
        <source>must be one of {choices} (got {value})</source>
        <translation>debe ser uno de: {choices} (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="303"/>
        <source>must be a whole number {range} (got {value})</source>
        <translation>debe ser un número entero {range} (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="305"/>
        <source>must be a number {range} (got {value})</source>
        <translation>debe ser un número {range} (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="334"/>
        <source>must be a date as YYYY-MM-DD (got {value})</source>
        <translation>debe ser una fecha con el formato AAAA-MM-DD (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../services/validation.py" line="363"/>
        <source>must be yes or no (got {value})</source>
        <translation>debe ser sí o no (se recibió {value})</translation>
    </message>
</context>
<context>
    <name>weekly_activity</name>
    <message>
        <location filename="../services/queries/weekly_activity.py" line="55"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../services/queries/weekly_activity.py" line="57"/>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <location filename="../services/queries/weekly_activity.py" line="58"/>
        <source>Weight-bearing</source>
        <translation>Con carga de peso</translation>
    </message>
    <message>
        <location filename="../services/queries/weekly_activity.py" line="60"/>
        <source>Calcium</source>
        <translation>Calcio</translation>
    </message>
    <message>
        <location filename="../services/queries/weekly_activity.py" line="61"/>
        <source>Vitamin D</source>
        <translation>Vitamina D</translation>
    </message>
    <message>
        <location filename="../services/queries/weekly_activity.py" line="63"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
</context>
</TS>
