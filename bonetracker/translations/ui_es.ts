<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/about.py" line="45"/>
        <source>BoneTracker informs; it does not diagnose or prescribe. Talk to your doctor about your results and treatment.</source>
        <translation>BoneTracker informa; no diagnostica ni receta. Hable con su médico sobre sus resultados y su tratamiento.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about.py" line="82"/>
        <source>About {APP_NAME}</source>
        <translation>Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about.py" line="87"/>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about.py" line="91"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about.py" line="92"/>
        <source>Database in use:</source>
        <translation>Base de datos en uso:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about.py" line="95"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about.py" line="97"/>
        <source>Food composition: {credit}</source>
        <translation>Composición de los alimentos: {credit}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about.py" line="132"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about.py" line="133"/>
        <source>An offline bone-health tracker for people with osteopenia or osteoporosis and their physiotherapists. MIT licence.</source>
        <translation>Un registro de salud ósea sin conexión para personas con osteopenia u osteoporosis y sus fisioterapeutas. Licencia MIT.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about.py" line="136"/>
        <source>Python {python_version}, Qt for Python {PYSIDE_VERSION}</source>
        <translation>Python {python_version}, Qt for Python {PYSIDE_VERSION}</translation>
    </message>
</context>
<context>
    <name>AdherenceStrip</name>
    <message>
        <location filename="../ui/pages/workouts/adherence_strip.py" line="104"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/adherence_strip.py" line="155"/>
        <source>This week (from Monday {isoformat}) and the last {len} weeks</source>
        <translation>Esta semana (desde el lunes {isoformat}) y las últimas {len} semanas</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/adherence_strip.py" line="159"/>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {done} of {target} {unit}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;: {done} de {target} {unit}</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/adherence_strip.py" line="165"/>
        <source>{label}: {done} of {target}</source>
        <translation>{label}: {done} de {target}</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/adherence_strip.py" line="171"/>
        <source>Impact: no higher than brisk walking ({limits}); strength and balance first.</source>
        <translation>Impacto: no más que caminar a paso ligero ({limits}); primero fuerza y equilibrio.</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/adherence_strip.py" line="173"/>
        <source>Targets: strength on at least 2 days, about 120 min of balance and 150 min of weight-bearing activity a week (ROS 2022; Osteoporosis Canada 2014). Swimming and cycling are good for fitness but not weight-bearing.{impact}</source>
        <translation>Objetivos: fuerza al menos 2 días, unos 120 min de equilibrio y 150 min de actividad con carga a la semana (ROS 2022; Osteoporosis Canada 2014). Nadar y montar en bicicleta son buenos para la forma física, pero no son ejercicio con carga.{impact}</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <location filename="../ui/shell/appearance.py" line="40"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="41"/>
        <source>Follow the desktop&apos;s colour scheme</source>
        <translation>Seguir la combinación de colores del escritorio</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="42"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="43"/>
        <source>Always use the light theme</source>
        <translation>Usar siempre el tema claro</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="44"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="45"/>
        <source>Always use the dark theme</source>
        <translation>Usar siempre el tema oscuro</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="46"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="47"/>
        <source>Always use the high contrast theme</source>
        <translation>Usar siempre el tema de alto contraste</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="151"/>
        <source>Text si&amp;ze</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="153"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="156"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="159"/>
        <source>&amp;Normal size (100 %)</source>
        <translation>Tamaño &amp;normal (100 %)</translation>
    </message>
    <message>
        <location filename="../ui/shell/appearance.py" line="169"/>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
</context>
<context>
    <name>AsOfEdit</name>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="230"/>
        <source>Plan as of: must be a date as {pattern} from {low} (the birth date) to {high} (got {text!r})</source>
        <translation>Plan a fecha de: debe ser una fecha {pattern} entre {low} (la fecha de nacimiento) y {high} (se escribió {text!r})</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../ui/shell/caseload.py" line="41"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="41"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="42"/>
        <source>Last log</source>
        <translation>Último registro</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="42"/>
        <source>Exercise 30 d</source>
        <translation>Ejercicio 30 d</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="44"/>
        <source>DXA due</source>
        <translation>DXA pendiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="44"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="83"/>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="95"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="95"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="96"/>
        <source>{days} d ago</source>
        <translation>hace {days} d</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="97"/>
        <source>no scan</source>
        <translation>sin densitometría</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <location filename="../ui/shell/caseload.py" line="119"/>
        <location filename="../ui/shell/caseload.py" line="152"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="120"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="121"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="129"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="136"/>
        <location filename="../ui/shell/caseload.py" line="138"/>
        <source>Caseload</source>
        <translation>Pacientes a cargo</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="197"/>
        <source>Working out the whole caseload…</source>
        <translation>Calculando todos los pacientes a cargo…</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="203"/>
        <source>{len} patient(s). Enter or double-click opens one.</source>
        <translation>{len} paciente(s). Intro o doble clic abre uno.</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="226"/>
        <source>Export the caseload</source>
        <translation>Exportar los pacientes a cargo</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="227"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/shell/caseload.py" line="232"/>
        <source>Wrote {len} patient(s) to {path}.</source>
        <translation>Se escribieron {len} paciente(s) en {path}.</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <location filename="../ui/chart/data_table.py" line="108"/>
        <source>Scan values by date</source>
        <translation>Valores de densitometría por fecha</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="109"/>
        <source>One row per scan date; for each site the BMD, the T-score with its WHO band, and the change since the previous scan</source>
        <translation>Una fila por fecha de densitometría; para cada zona, la DMO, la puntuación T con su banda de la OMS y el cambio desde la densitometría anterior</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <location filename="../ui/chart/data_table.py" line="24"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="25"/>
        <source>low bone mass</source>
        <translation>masa ósea baja</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="26"/>
        <source>osteoporosis</source>
        <translation>osteoporosis</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="64"/>
        <source>BMD (g/cm²)</source>
        <translation>DMO (g/cm²)</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="64"/>
        <source>T-score</source>
        <translation>Puntuación T</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="64"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="65"/>
        <source>{site}: {what}</source>
        <translation>{site}: {what}</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="76"/>
        <source>no scan</source>
        <translation>sin densitometría</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="87"/>
        <source>{t} ({category}, computed from BMD)</source>
        <translation>{t} ({category}, calculada a partir de la DMO)</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="88"/>
        <source>{t} ({category})</source>
        <translation>{t} ({category})</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="92"/>
        <source>first scan</source>
        <translation>primera densitometría</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="94"/>
        <source>significant gain</source>
        <translation>ganancia significativa</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="94"/>
        <source>significant loss</source>
        <translation>pérdida significativa</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="95"/>
        <source>no significant change</source>
        <translation>sin cambio significativo</translation>
    </message>
    <message>
        <location filename="../ui/chart/data_table.py" line="96"/>
        <source>{percent} % ({verdict})</source>
        <translation>{percent} % ({verdict})</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../ui/pages/chart.py" line="47"/>
        <source>1 y</source>
        <translation>1 a</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="47"/>
        <source>3 y</source>
        <translation>3 a</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="48"/>
        <source>5 y</source>
        <translation>5 a</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="48"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="73"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="75"/>
        <source>T-score</source>
        <translation>Puntuación T</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="75"/>
        <source>WHO T-score per site</source>
        <translation>Puntuación T de la OMS por zona</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="76"/>
        <source>BMD (g/cm²)</source>
        <translation>DMO (g/cm²)</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="76"/>
        <source>Bone mineral density with ± LSC error bars</source>
        <translation>Densidad mineral ósea con barras de error de ± MCS</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="80"/>
        <source>Show {range}</source>
        <translation>Mostrar {range}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="81"/>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="83"/>
        <source>Activity series</source>
        <translation>Series de actividad</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="92"/>
        <source>Measurement instead (tests, labs, FRAX)</source>
        <translation>En su lugar, una medición (pruebas, análisis, FRAX)</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="99"/>
        <source>Lower panel</source>
        <translation>Panel inferior</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="100"/>
        <source>Choose the weekly series shown under the scans</source>
        <translation>Elija las series semanales que se muestran bajo las densitometrías</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="106"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="109"/>
        <source>Show or hide the legends (hidden at first on a small screen)</source>
        <translation>Mostrar u ocultar las leyendas (ocultas al principio en una pantalla pequeña)</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="114"/>
        <source>Data table</source>
        <translation>Tabla de datos</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="117"/>
        <source>Show the scan values by date as a table instead of the plot (Ctrl+Shift+D)</source>
        <translation>Mostrar los valores de densitometría por fecha en una tabla en lugar del gráfico (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="122"/>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="123"/>
        <source>Save the chart as PNG or SVG</source>
        <translation>Guardar el gráfico como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="129"/>
        <source>Bone density chart</source>
        <translation>Gráfico de densidad ósea</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="130"/>
        <source>Scan results against the WHO bands above, weekly activity below; the Data table button lists the values</source>
        <translation>Resultados de densitometría frente a las bandas de la OMS arriba y actividad semanal abajo; el botón Tabla de datos enumera los valores</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="222"/>
        <source>Weekly activity</source>
        <translation>Actividad semanal</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="308"/>
        <location filename="../ui/pages/chart.py" line="315"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../ui/pages/chart.py" line="309"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ClinicUsersDialog</name>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="30"/>
        <location filename="../ui/dialogs/clinic_users.py" line="47"/>
        <location filename="../ui/dialogs/clinic_users.py" line="62"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="31"/>
        <location filename="../ui/dialogs/clinic_users.py" line="53"/>
        <location filename="../ui/dialogs/clinic_users.py" line="64"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="39"/>
        <source>Clinic users</source>
        <translation>Usuarios de la clínica</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="45"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="49"/>
        <location filename="../ui/dialogs/clinic_users.py" line="63"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="55"/>
        <location filename="../ui/dialogs/clinic_users.py" line="107"/>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="57"/>
        <source>Disable / enable selected</source>
        <translation>Desactivar / activar el seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="70"/>
        <source>At least 8 characters. Passwords are kept only as scrypt hashes; a person on their own computer never needs clinic mode.</source>
        <translation>Al menos 8 caracteres. Las contraseñas solo se guardan como hashes scrypt; una persona en su propio ordenador nunca necesita el modo clínica.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="96"/>
        <source>Clinic mode is off. Turn it on by adding its first admin below; from then on every workstation signs in.</source>
        <translation>El modo clínica está desactivado. Actívelo añadiendo abajo su primer administrador; a partir de entonces, cada puesto de trabajo inicia sesión.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="99"/>
        <source>Turn on clinic mode</source>
        <translation>Activar el modo clínica</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="103"/>
        <source>Clinic mode is on; you are signed in as {name}.</source>
        <translation>El modo clínica está activado; ha iniciado sesión como {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="104"/>
        <source>Clinic mode is on; nobody is signed in.</source>
        <translation>El modo clínica está activado; nadie ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="105"/>
        <source>Only an admin can add or disable users.</source>
        <translation>Solo un administrador puede añadir o desactivar usuarios.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="114"/>
        <source>{name} ({role}, disabled)</source>
        <translation>{name} ({role}, desactivado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="116"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="128"/>
        <source>Clinic mode is on; {name} is its first admin.</source>
        <translation>El modo clínica está activado; {name} es su primer administrador.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="137"/>
        <source>Added {name} ({role}).</source>
        <translation>Se añadió a {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="141"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="163"/>
        <source>{name} can no longer sign in.</source>
        <translation>{name} ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="164"/>
        <source>{name} can sign in again.</source>
        <translation>{name} puede volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../ui/pages/base/entry_table.py" line="32"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_table.py" line="32"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="33"/>
        <location filename="../ui/pages/fractures.py" line="89"/>
        <location filename="../ui/pages/lifestyle.py" line="40"/>
        <location filename="../ui/pages/measures/frax_section.py" line="93"/>
        <location filename="../ui/pages/measures/labs_section.py" line="49"/>
        <location filename="../ui/pages/measures/tests_section.py" line="68"/>
        <location filename="../ui/pages/medications/doses.py" line="111"/>
        <location filename="../ui/pages/workouts/page.py" line="133"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="35"/>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="37"/>
        <source>Low trauma</source>
        <translation>Bajo impacto</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="91"/>
        <source>Injury</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="92"/>
        <location filename="../ui/pages/lifestyle.py" line="53"/>
        <location filename="../ui/pages/medications/page.py" line="124"/>
        <location filename="../ui/pages/workouts/page.py" line="146"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="42"/>
        <source>Cigarettes</source>
        <translation>Cigarrillos</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="44"/>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="47"/>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="49"/>
        <source>1 (calm) to 10 (extreme)</source>
        <translation>1 (tranquilo) a 10 (extremo)</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="50"/>
        <source>Daylight</source>
        <translation>Luz del día</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="52"/>
        <source>Minutes outdoors in daylight</source>
        <translation>Minutos al aire libre con luz del día</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="95"/>
        <source>Major %</source>
        <translation>Principal %</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="97"/>
        <source>10-year probability of a major osteoporotic fracture</source>
        <translation>Probabilidad a 10 años de una fractura osteoporótica principal</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="99"/>
        <source>Hip %</source>
        <translation>Cadera %</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="101"/>
        <source>10-year probability of a hip fracture</source>
        <translation>Probabilidad a 10 años de una fractura de cadera</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="102"/>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="103"/>
        <source>Whether the record changed since the latest result was calculated</source>
        <translation>Si el historial cambió desde que se calculó el último resultado</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="106"/>
        <location filename="../ui/pages/measures/labs_section.py" line="57"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="107"/>
        <source>NOGG</source>
        <translation>NOGG</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="110"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="112"/>
        <source>BMD</source>
        <translation>DMO</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="51"/>
        <location filename="../ui/pages/measures/tests_section.py" line="70"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="52"/>
        <location filename="../ui/pages/measures/tests_section.py" line="72"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="54"/>
        <source>As reported, with the value in the usual unit when another was used; 25(OH)D in the unit chosen in Settings</source>
        <translation>Tal como se informó, con el valor en la unidad habitual cuando se usó otra; la 25(OH)D, en la unidad elegida en Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="58"/>
        <source>Lab range</source>
        <translation>Rango del laboratorio</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="59"/>
        <location filename="../ui/pages/measures/tests_section.py" line="80"/>
        <location filename="../ui/pages/medications/doses.py" line="116"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="75"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="76"/>
        <source>Since the previous result of the same test</source>
        <translation>Desde el resultado anterior de la misma prueba</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="77"/>
        <source>Norm</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="78"/>
        <source>Read with the person&apos;s sex and age on the day of the test</source>
        <translation>Interpretado según el sexo y la edad de la persona el día de la prueba</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="112"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="113"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="115"/>
        <source>At the clinic</source>
        <translation>En la clínica</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="113"/>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="114"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="116"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="118"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="121"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="122"/>
        <source>Daily amount</source>
        <translation>Cantidad diaria</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="123"/>
        <source>Supplements: calcium in mg, vitamin D in IU a day</source>
        <translation>Suplementos: calcio en mg, vitamina D en UI al día</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="179"/>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="180"/>
        <source>Last dose</source>
        <translation>Última dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="181"/>
        <source>Next due</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="182"/>
        <source>On time (90 d)</source>
        <translation>A tiempo (90 d)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="184"/>
        <source>Proportion of days covered over the last 90 days; 80 % or more counts as adherent</source>
        <translation>Proporción de días cubiertos en los últimos 90 días; un 80 % o más se considera buen cumplimiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="135"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="136"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="138"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="140"/>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="142"/>
        <source>How hard it felt: RPE 1 (very easy) to 10 (maximal)</source>
        <translation>Cuánto le costó: esfuerzo percibido de 1 (muy fácil) a 10 (máximo)</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="143"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="144"/>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="145"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
</context>
<context>
    <name>CustomActivityDialog</name>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="83"/>
        <source>Add your own activity</source>
        <translation>Añadir su propia actividad</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="89"/>
        <source>Includes forward bends, sit-ups or twisting (spinal flexion)</source>
        <translation>Incluye flexiones hacia delante, abdominales o giros (flexión de la columna)</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="90"/>
        <source>More impact than brisk walking (jumps, running)</source>
        <translation>Más impacto que caminar a paso ligero (saltos, carrera)</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="94"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="95"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="96"/>
        <source>Typical MET</source>
        <translation>MET típico</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="116"/>
        <source>Not saved: correct the values marked in red.</source>
        <translation>No se guardó: corrija los valores marcados en rojo.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../ui/widgets/forms.py" line="240"/>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
</context>
<context>
    <name>DayBars</name>
    <message>
        <location filename="../ui/pages/meals/food_search.py" line="197"/>
        <source>of {target}</source>
        <translation>de {target}</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/food_search.py" line="197"/>
        <source>(target {target})</source>
        <translation>(objetivo {target})</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/food_search.py" line="199"/>
        <source>(max {upper})</source>
        <translation>(máx. {upper})</translation>
    </message>
</context>
<context>
    <name>DoneCommand</name>
    <message>
        <location filename="../ui/widgets/forms.py" line="391"/>
        <source>Cannot redo</source>
        <translation>No se puede rehacer</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="392"/>
        <source>Could not redo “{text}”: {exc}</source>
        <translation>No se pudo rehacer «{text}»: {exc}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="395"/>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="396"/>
        <source>Could not undo “{text}”: {exc}</source>
        <translation>No se pudo deshacer «{text}»: {exc}</translation>
    </message>
</context>
<context>
    <name>DosePanel</name>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="137"/>
        <source>HH:MM (optional)</source>
        <translation>HH:MM (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="140"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="141"/>
        <source>Dose taken</source>
        <translation>Dosis tomada</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="143"/>
        <source>Record this course&apos;s dose on the date shown (Ctrl+Z undoes it)</source>
        <translation>Registrar la dosis de este tratamiento en la fecha indicada (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="144"/>
        <source>Mark missed</source>
        <translation>Marcar como olvidada</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="150"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="151"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="152"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="168"/>
        <source>Delete dose</source>
        <translation>Eliminar dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="212"/>
        <source>1 dose entry</source>
        <translation>1 registro de dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="213"/>
        <source>{count} dose entries</source>
        <translation>{count} registros de dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="234"/>
        <source>Not saved:</source>
        <translation>No se guardó:</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="237"/>
        <source>the {drug} dose of {date}</source>
        <translation>la dosis de {drug} del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="248"/>
        <source>record {what}</source>
        <translation>registrar {what}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="249"/>
        <source>Recorded {what} (Ctrl+Z to undo).</source>
        <translation>Registrada: {what} (Ctrl+Z para deshacer).</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="250"/>
        <source>Marked missed: {what} (Ctrl+Z to undo).</source>
        <translation>Marcada como olvidada: {what} (Ctrl+Z para deshacer).</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="268"/>
        <source>the dose of {date}</source>
        <translation>la dosis del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="278"/>
        <source>delete {what}</source>
        <translation>eliminar {what}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="124"/>
        <location filename="../ui/pages/medications/doses.py" line="197"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="198"/>
        <source>Select a course above to log its doses and see what is due.</source>
        <translation>Seleccione arriba un tratamiento para registrar sus dosis y ver qué está pendiente.</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="203"/>
        <source>Doses of {drug}</source>
        <translation>Dosis de {drug}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="279"/>
        <source>Deleted {what} (Ctrl+Z to undo).</source>
        <translation>Eliminado: {what} (Ctrl+Z para deshacer).</translation>
    </message>
</context>
<context>
    <name>EntrySection</name>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="164"/>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="165"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="166"/>
        <source>Nothing logged yet.</source>
        <translation>Todavía no hay nada registrado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="245"/>
        <source>New {noun}</source>
        <translation>Añadir {noun}</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="236"/>
        <source>the {noun} of {date}</source>
        <translation>{noun} del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="301"/>
        <source>Save {noun}</source>
        <translation>Guardar {noun}</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="305"/>
        <location filename="../ui/pages/base/entry_section.py" line="390"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="327"/>
        <source>Delete {noun}</source>
        <translation>Eliminar {noun}</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="333"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="334"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="249"/>
        <source>Edit {entry}</source>
        <translation>Editar: {entry}</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="402"/>
        <source>Cancel edit</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="417"/>
        <source>changes to {entry}</source>
        <translation>cambios en {entry}</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="418"/>
        <source>a new {noun}</source>
        <translation>un registro nuevo ({noun})</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="435"/>
        <source>Not saved: correct the values marked in red.</source>
        <translation>No se guardó: corrija los valores marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="257"/>
        <source>{problem} Click “Cancel edit” and open it again.</source>
        <translation>{problem} Pulse «Cancelar la edición» y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="444"/>
        <source>Updated {entry}.</source>
        <translation>Actualizado: {entry}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="445"/>
        <source>Saved {entry}.</source>
        <translation>Guardado: {entry}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="463"/>
        <source>Not saved: {entry} was changed on another workstation. Click “Cancel edit” and open it again to see it.</source>
        <translation>No se guardó: {entry} se modificó en otro puesto de trabajo. Pulse «Cancelar la edición» y vuelva a abrirlo para verlo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="472"/>
        <source>{entry} was deleted on another workstation.</source>
        <translation>{entry} se eliminó en otro puesto de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="477"/>
        <source>Reloaded {entry} as saved on another workstation; your changes were discarded.</source>
        <translation>Se volvió a cargar {entry} tal como se guardó en otro puesto de trabajo; sus cambios se descartaron.</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="253"/>
        <source>delete {entry}</source>
        <translation>eliminar {entry}</translation>
    </message>
    <message>
        <location filename="../ui/pages/base/entry_section.py" line="511"/>
        <source>Deleted {entry} (Ctrl+Z to undo).</source>
        <translation>Eliminado: {entry} (Ctrl+Z para deshacer).</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="29"/>
        <source>fracture</source>
        <translation>fractura</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="30"/>
        <source>Fractures</source>
        <translation>Fracturas</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="31"/>
        <source>No fractures on record.</source>
        <translation>No hay fracturas registradas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="85"/>
        <source>fall</source>
        <translation>caída</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="86"/>
        <source>Falls</source>
        <translation>Caídas</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="87"/>
        <source>No falls on record.</source>
        <translation>No hay caídas registradas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="35"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="36"/>
        <source>Daily entries</source>
        <translation>Registros diarios</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="37"/>
        <source>No entries yet: fill in any of the values above for a day.</source>
        <translation>Todavía no hay registros: rellene cualquiera de los valores de arriba para un día.</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="79"/>
        <source>FRAX result</source>
        <translation>resultado FRAX</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="80"/>
        <source>FRAX results</source>
        <translation>Resultados FRAX</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="81"/>
        <source>No FRAX results on record.</source>
        <translation>No hay resultados FRAX registrados.</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="45"/>
        <source>lab result</source>
        <translation>análisis</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="46"/>
        <source>Lab results</source>
        <translation>Análisis de laboratorio</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="47"/>
        <source>No lab results on record.</source>
        <translation>No hay análisis registrados.</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="58"/>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="59"/>
        <source>Heights and tests</source>
        <translation>Tallas y pruebas</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="60"/>
        <source>No heights or tests on record: type one above, or time a test with “Run a test…”.</source>
        <translation>No hay tallas ni pruebas registradas: escriba una arriba o cronometre una prueba con «Hacer una prueba…».</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="106"/>
        <source>course</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="107"/>
        <source>Medication courses</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="108"/>
        <source>No courses yet. Choose a drug above; leave the end date empty while it runs.</source>
        <translation>Todavía no hay tratamientos. Elija un medicamento arriba; deje vacía la fecha de fin mientras siga en curso.</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="126"/>
        <source>workout</source>
        <translation>sesión de ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="127"/>
        <source>Workouts</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="128"/>
        <source>No workouts yet: pick an activity above and say how long you did it.</source>
        <translation>Todavía no hay sesiones de ejercicio: elija una actividad arriba e indique cuánto tiempo la hizo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="48"/>
        <source>DXA visit</source>
        <translation>visita de DXA</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="49"/>
        <source>Save visit</source>
        <translation>Guardar visita</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="50"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="51"/>
        <source>No visits yet: enter the values from a DXA report above.</source>
        <translation>Todavía no hay visitas: introduzca arriba los valores de un informe de DXA.</translation>
    </message>
</context>
<context>
    <name>FallsSection</name>
    <message>
        <location filename="../ui/pages/fractures.py" line="102"/>
        <source>Injured</source>
        <translation>Con lesión</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="104"/>
        <source>What happened (optional)</source>
        <translation>Qué ocurrió (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="105"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="106"/>
        <source>Injury</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="107"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>FhirExportDialog</name>
    <message>
        <location filename="../ui/dialogs/fhir_export.py" line="31"/>
        <source>Export a FHIR bundle</source>
        <translation>Exportar un paquete FHIR</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/fhir_export.py" line="34"/>
        <source>Export {patient_name}&apos;s scans, falls, fractures and medication courses as a FHIR R4 bundle for a clinic system. The bundle&apos;s patient carries only what you tick:</source>
        <translation>Exportar las densitometrías, caídas, fracturas y tratamientos de {patient_name} como paquete FHIR R4 para un sistema clínico. El paciente del paquete solo lleva lo que usted marque:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/fhir_export.py" line="50"/>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../ui/shell/menus.py" line="261"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="263"/>
        <source>Patient data (&amp;CSV)…</source>
        <translation>Datos del paciente (&amp;CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="265"/>
        <source>&amp;FHIR bundle…</source>
        <translation>Paquete &amp;FHIR…</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="266"/>
        <source>The patient&apos;s scans, falls, fractures and courses as a FHIR R4 bundle</source>
        <translation>Las densitometrías, caídas, fracturas y tratamientos del paciente como paquete FHIR R4</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="269"/>
        <source>&amp;Reminders (calendar)…</source>
        <translation>&amp;Recordatorios (calendario)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="270"/>
        <source>Dose and scan reminders as an .ics file for your calendar app</source>
        <translation>Recordatorios de dosis y de densitometría como archivo .ics para su aplicación de calendario</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="275"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Copia de seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="279"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="280"/>
        <source>&amp;About BoneTracker</source>
        <translation>&amp;Acerca de BoneTracker</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="283"/>
        <source>Check &amp;database…</source>
        <translation>Comprobar la base de &amp;datos…</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="284"/>
        <source>Run the full integrity check of the database file (indexes included) and repair damaged indexes</source>
        <translation>Hacer la comprobación de integridad completa del archivo de la base de datos (índices incluidos) y reparar los índices dañados</translation>
    </message>
</context>
<context>
    <name>FoodSearchEdit</name>
    <message>
        <location filename="../ui/pages/meals/food_search.py" line="76"/>
        <source>Type a food, e.g. sardines, milk, kale…</source>
        <translation>Escriba un alimento, p. ej., sardinas, leche, col rizada…</translation>
    </message>
</context>
<context>
    <name>FracturesSection</name>
    <message>
        <location filename="../ui/pages/fractures.py" line="51"/>
        <source>Low trauma</source>
        <translation>Bajo impacto</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="56"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="57"/>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="58"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../ui/pages/fractures.py" line="76"/>
        <source>the fracture of {date} ({site})</source>
        <translation>la fractura del {date} ({site})</translation>
    </message>
</context>
<context>
    <name>FraxSection</name>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="53"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="54"/>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="55"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="56"/>
        <source>very high</source>
        <translation>muy alto</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="57"/>
        <source>BHOF 2022 (US)</source>
        <translation>BHOF 2022 (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="58"/>
        <source>NOGG 2022 (UK)</source>
        <translation>NOGG 2022 (Reino Unido)</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="59"/>
        <source>BoneTracker never computes FRAX (the algorithm is licensed). Enter these inputs in the official calculator, {calculator}, and type its result here.</source>
        <translation>BoneTracker nunca calcula el FRAX (el algoritmo tiene licencia). Introduzca estos datos en la calculadora oficial, {calculator}, y escriba aquí su resultado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="68"/>
        <source>FRAX inputs for {name} on {date} (from BoneTracker; enter them in the official FRAX calculator, BoneTracker does not compute FRAX):</source>
        <translation>Datos de entrada FRAX de {name} a fecha {date} (de BoneTracker; introdúzcalos en la calculadora FRAX oficial, BoneTracker no calcula el FRAX):</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="112"/>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="113"/>
        <source>without</source>
        <translation>sin</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="120"/>
        <source>older result</source>
        <translation>resultado anterior</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="122"/>
        <source>recalculate: {inputs} changed</source>
        <translation>recalcular: cambió {inputs}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="123"/>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="147"/>
        <source>FRAX worksheet</source>
        <translation>Hoja de trabajo FRAX</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="153"/>
        <source>Copy worksheet</source>
        <translation>Copiar la hoja</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="154"/>
        <source>Copy the inputs as plain text, to paste beside the calculator</source>
        <translation>Copiar los datos de entrada como texto sin formato, para pegarlos junto a la calculadora</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="212"/>
        <source>Not on record: enter it in the calculator by hand</source>
        <translation>No registrado: introdúzcalo a mano en la calculadora</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="217"/>
        <source>Results are read with the {GUIDELINE_LABELS} thresholds (Settings).</source>
        <translation>Los resultados se interpretan con los umbrales de {GUIDELINE_LABELS} (Ajustes).</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="227"/>
        <source>Copied {len} inputs.</source>
        <translation>Se copiaron {len} datos de entrada.</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="236"/>
        <source>with BMD</source>
        <translation>con DMO</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="237"/>
        <source>Tick when the femoral-neck BMD was entered in the calculator</source>
        <translation>Marque si se introdujo en la calculadora la DMO del cuello femoral</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="241"/>
        <source>The calculator&apos;s 10-year major osteoporotic fracture probability, in %</source>
        <translation>Probabilidad a 10 años de fractura osteoporótica principal según la calculadora, en %</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="242"/>
        <source>The calculator&apos;s 10-year hip fracture probability, in %</source>
        <translation>Probabilidad a 10 años de fractura de cadera según la calculadora, en %</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="244"/>
        <source>0 to 100 %</source>
        <translation>0 a 100 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="292"/>
        <source>the FRAX result of {date}</source>
        <translation>el resultado FRAX del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="249"/>
        <source>UK: the risk category the NOGG calculator shows with the result</source>
        <translation>Reino Unido: la categoría de riesgo que muestra la calculadora NOGG con el resultado</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="251"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="252"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="253"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="254"/>
        <source>Major %</source>
        <translation>Principal %</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="255"/>
        <source>Hip %</source>
        <translation>Cadera %</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="256"/>
        <source>BMD</source>
        <translation>DMO</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="257"/>
        <source>NOGG</source>
        <translation>NOGG</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/frax_section.py" line="258"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/history.py" line="25"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history.py" line="25"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history.py" line="26"/>
        <source>Workstation</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history.py" line="26"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history.py" line="27"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history.py" line="27"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history.py" line="50"/>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history.py" line="55"/>
        <source>Changes to {name}&apos;s records</source>
        <translation>Cambios en los registros de {name}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history.py" line="67"/>
        <source>Nothing has been recorded for this patient yet.</source>
        <translation>Todavía no se ha registrado nada para este paciente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history.py" line="69"/>
        <source>{len} change(s), newest first. The log cannot be edited.</source>
        <translation>{len} cambio(s), los más recientes primero. El historial no se puede editar.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importing.py" line="76"/>
        <source>a FHIR R4 JSON bundle (BoneTracker&apos;s export or a patient portal&apos;s): its DXA results become visits, one per date; the preview lists what would be added and what is ignored, and why (docs/import-format.md)</source>
        <translation>un paquete FHIR R4 en JSON (exportado por BoneTracker o por un portal del paciente): sus resultados de DXA se convierten en visitas, una por fecha; la vista previa enumera lo que se añadiría, lo que se ignora y por qué (docs/import-format.md)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="83"/>
        <source>patients</source>
        <translation>pacientes (patients)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="84"/>
        <source>foods</source>
        <translation>alimentos (foods)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="85"/>
        <source>activities</source>
        <translation>actividades (activities)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="86"/>
        <source>scans</source>
        <translation>densitometrías (scans)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="87"/>
        <source>workouts</source>
        <translation>ejercicio (workouts)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="88"/>
        <source>meals</source>
        <translation>comidas (meals)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="89"/>
        <source>lifestyle</source>
        <translation>estilo de vida (lifestyle)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="90"/>
        <source>medications</source>
        <translation>medicación (medications)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="91"/>
        <source>doses</source>
        <translation>dosis (doses)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="92"/>
        <source>fractures</source>
        <translation>fracturas (fractures)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="93"/>
        <source>falls</source>
        <translation>caídas (falls)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="94"/>
        <source>measures</source>
        <translation>mediciones (measures)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="95"/>
        <source>labs</source>
        <translation>análisis (labs)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="96"/>
        <source>frax</source>
        <translation>FRAX (frax)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="97"/>
        <source>favourites</source>
        <translation>favoritos (favourites)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="98"/>
        <source>programmes</source>
        <translation>programas (programmes)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="99"/>
        <source>fhir</source>
        <translation>paquete FHIR (fhir)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="102"/>
        <source>new patients are created from the file</source>
        <translation>se crean pacientes nuevos a partir del archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="103"/>
        <source>no patient needed: your own foods are added to the food list</source>
        <translation>no hace falta paciente: sus propios alimentos se añaden a la lista de alimentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="105"/>
        <source>no patient needed: your own activities are added to the activity list</source>
        <translation>no hace falta paciente: sus propias actividades se añaden a la lista de actividades</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="128"/>
        <location filename="../ui/dialogs/importing.py" line="203"/>
        <source>Import a CSV file or a FHIR bundle</source>
        <translation>Importar un archivo CSV o un paquete FHIR</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="138"/>
        <source>No file chosen: use “Choose file…”</source>
        <translation>Ningún archivo elegido: use «Elegir archivo…»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="139"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="155"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="156"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="157"/>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="158"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="159"/>
        <source>Import even if the bundle&apos;s patient has another name or birth date (the same person, spelled differently)</source>
        <translation>Importar aunque el paciente del paquete tenga otro nombre o fecha de nacimiento (la misma persona, escrita de otra forma)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="166"/>
        <source>Preview of the file&apos;s first rows</source>
        <translation>Vista previa de las primeras filas del archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="169"/>
        <source>Choose a file to see its first rows.</source>
        <translation>Elija un archivo para ver sus primeras filas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="172"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="173"/>
        <source>Nothing is written while there are any</source>
        <translation>No se escribe nada mientras haya alguno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="179"/>
        <source>Check only</source>
        <translation>Solo comprobar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="180"/>
        <location filename="../ui/dialogs/importing.py" line="338"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="190"/>
        <source>Problems (nothing is written while there are any):</source>
        <translation>Problemas (no se escribe nada mientras haya alguno):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="204"/>
        <source>CSV files (*.csv *.txt);;FHIR bundles (*.json);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Paquetes FHIR (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="244"/>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="250"/>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="254"/>
        <source>{count} data row(s)</source>
        <translation>{count} fila(s) de datos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="255"/>
        <source>A large file (its rows are counted when it is checked)</source>
        <translation>Un archivo grande (sus filas se cuentan al comprobarlo)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="256"/>
        <source>{count}, semicolon-separated; showing the first {shown}.</source>
        <translation>{count}, separadas por punto y coma; se muestran las primeras {shown}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="257"/>
        <source>{count}, comma-separated; showing the first {shown}.</source>
        <translation>{count}, separadas por comas; se muestran las primeras {shown}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="276"/>
        <source>no patient needed</source>
        <translation>no hace falta paciente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="284"/>
        <source>none selected: select or create a patient first</source>
        <translation>ninguno seleccionado: primero seleccione o cree un paciente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="288"/>
        <source>{name} (id {id})</source>
        <translation>{name} (id {id})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="290"/>
        <source>none selected</source>
        <translation>ninguno seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="318"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="321"/>
        <location filename="../ui/dialogs/importing.py" line="389"/>
        <source>&lt;span style=&apos;color:{shade}&apos;&gt;{exc}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{shade}&apos;&gt;{exc}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="334"/>
        <location filename="../ui/dialogs/importing.py" line="358"/>
        <location filename="../ui/dialogs/importing.py" line="383"/>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="335"/>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="335"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="336"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="359"/>
        <source>{stage} {name}…</source>
        <translation>{stage} {name}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="398"/>
        <source>would add</source>
        <translation>se añadiría</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="398"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="403"/>
        <source>ignored: {reason}</source>
        <translation>ignorado: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="407"/>
        <source>Date or entry</source>
        <translation>Fecha o entrada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="407"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="408"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="415"/>
        <source>{values} site value(s) in {visits} visit(s)</source>
        <translation>{values} valor(es) de zona en {visits} visita(s)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="418"/>
        <source>{count} lab result(s)</source>
        <translation>{count} análisis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="420"/>
        <source>{count} measurement(s)</source>
        <translation>{count} medición(es)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="421"/>
        <source>{found} to add, {skipped} already stored, {ignored} resource(s) ignored.</source>
        <translation>Por añadir: {found}; ya guardados: {skipped}; recursos ignorados: {ignored}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="423"/>
        <source>{found} added, {skipped} already stored, {ignored} resource(s) ignored.</source>
        <translation>Añadidos: {found}; ya guardados: {skipped}; recursos ignorados: {ignored}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="432"/>
        <source>Nothing is shown while the bundle has problems.</source>
        <translation>No se muestra nada mientras el paquete tenga problemas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="437"/>
        <source>&lt;span style=&apos;color:{shade}&apos;&gt;&lt;b&gt;The file was not imported:&lt;/b&gt; {len} problem(s). Fix them and check again; nothing was written.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{shade}&apos;&gt;&lt;b&gt;El archivo no se importó:&lt;/b&gt; {len} problema(s). Corríjalos y vuelva a comprobar; no se escribió nada.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="454"/>
        <source>... and {total} more problems</source>
        <translation>... y {total} problemas más</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importing.py" line="458"/>
        <source>&lt;span style=&apos;color:{shade}&apos;&gt;&lt;b&gt;The file was not imported:&lt;/b&gt; {total} problem(s) in {lines} line(s). Fix them and check again; nothing was written.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{shade}&apos;&gt;&lt;b&gt;El archivo no se importó:&lt;/b&gt; {total} problema(s) en {lines} línea(s). Corríjalos y vuelva a comprobar; no se escribió nada.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>LabsSection</name>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="77"/>
        <source>The lower end of the lab&apos;s own reference range, in the result&apos;s unit</source>
        <translation>Límite inferior del rango de referencia del propio laboratorio, en la unidad del resultado</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="79"/>
        <source>The upper end of the lab&apos;s own reference range, in the result&apos;s unit</source>
        <translation>Límite superior del rango de referencia del propio laboratorio, en la unidad del resultado</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="81"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="83"/>
        <source>Lab, fasting, method (optional)</source>
        <translation>Laboratorio, ayunas, método (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="84"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="85"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="86"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="87"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="88"/>
        <source>Lab range from</source>
        <translation>Rango del laboratorio desde</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="89"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="90"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="147"/>
        <source>the {test} result of {date}</source>
        <translation>el resultado de {test} del {date}</translation>
    </message>
</context>
<context>
    <name>LifestylePage</name>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="117"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="118"/>
        <source>Edit the smoking status in the patient&apos;s details</source>
        <translation>Editar el tabaquismo en los datos del paciente</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="146"/>
        <source>Smoking status: —</source>
        <translation>Tabaquismo: —</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="148"/>
        <source>, quit {date}</source>
        <translation>, lo dejó el {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="151"/>
        <source>Smoking status: &lt;b&gt;{SMOKING_TEXT}&lt;/b&gt;{quit_text}</source>
        <translation>Tabaquismo: &lt;b&gt;{SMOKING_TEXT}&lt;/b&gt;{quit_text}</translation>
    </message>
</context>
<context>
    <name>LifestyleSection</name>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="26"/>
        <source>never smoked</source>
        <translation>nunca ha fumado</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="27"/>
        <source>former smoker</source>
        <translation>exfumador/a</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="28"/>
        <source>current smoker</source>
        <translation>fumador/a actual</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="68"/>
        <source>1 calm to 10 extreme</source>
        <translation>1 tranquilo a 10 extremo</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="71"/>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="72"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="73"/>
        <source>Cigarettes</source>
        <translation>Cigarrillos</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="74"/>
        <source>Alcohol units</source>
        <translation>Unidades de alcohol</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="80"/>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="81"/>
        <source>Daylight (minutes)</source>
        <translation>Luz del día (minutos)</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="82"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/lifestyle.py" line="103"/>
        <source>the entry of {date}</source>
        <translation>el registro del {date}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="113"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="121"/>
        <source>Caseload</source>
        <translation>Pacientes a cargo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="156"/>
        <source>Demo database (made-up patients): {where}</source>
        <translation>Base de datos de demostración (pacientes inventados): {where}</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="158"/>
        <source>Database: {where}</source>
        <translation>Base de datos: {where}</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="168"/>
        <source>switching patient</source>
        <translation>cambiar de paciente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="194"/>
        <source>The {title} page could not be opened: {exc}

{format_exc}</source>
        <translation>No se pudo abrir la página {title}: {exc}

{format_exc}</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="230"/>
        <source>Add patient…</source>
        <translation>Añadir paciente…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="253"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="254"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="257"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="259"/>
        <source>Back to your &amp;own data</source>
        <translation>Volver a sus &amp;datos</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="262"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="265"/>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="266"/>
        <source>&amp;Add patient…</source>
        <translation>&amp;Añadir paciente…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="268"/>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="270"/>
        <location filename="../ui/shell/main_window.py" line="326"/>
        <source>A&amp;rchive patient…</source>
        <translation>A&amp;rchivar paciente…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="272"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="274"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="275"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="277"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="282"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="284"/>
        <source>&amp;Patient list</source>
        <translation>Lista de &amp;pacientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="289"/>
        <source>&amp;Tray reminders</source>
        <translation>Recordatorios en la &amp;bandeja</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="292"/>
        <source>Show due and overdue doses as tray messages (where the desktop has a tray)</source>
        <translation>Mostrar las dosis pendientes y atrasadas como mensajes en la bandeja del sistema (si el escritorio la tiene)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="325"/>
        <source>Un&amp;archive patient</source>
        <translation>Desa&amp;rchivar paciente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="327"/>
        <source>BoneTracker Demo</source>
        <translation>BoneTracker (demostración)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="331"/>
        <source>Create your profile to start tracking.</source>
        <translation>Cree su perfil para empezar a registrar.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="332"/>
        <source>Select a patient on the left, or add one.</source>
        <translation>Seleccione un paciente a la izquierda o añada uno.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="336"/>
        <source>{age} years</source>
        <translation>{age} años</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="337"/>
        <source>born {date}</source>
        <translation>nacido/a el {date}</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="339"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="414"/>
        <source>changing the language</source>
        <translation>cambiar el idioma</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="526"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="527"/>
        <source>Save your changes before {before}?

{what}</source>
        <translation>¿Guardar sus cambios antes de {before}?

{what}</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="545"/>
        <location filename="../ui/shell/main_window.py" line="563"/>
        <source>closing</source>
        <translation>cerrar</translation>
    </message>
</context>
<context>
    <name>MealDayBox</name>
    <message>
        <location filename="../ui/pages/meals/day.py" line="54"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="63"/>
        <source>Delete meal</source>
        <translation>Eliminar comida</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="81"/>
        <source>Day: {date}</source>
        <translation>Día: {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="84"/>
        <source>Includes supplements: {amounts}</source>
        <translation>Incluye suplementos: {amounts}</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="88"/>
        <source>{meal} (1 food)</source>
        <translation>{meal} (1 alimento)</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="89"/>
        <source>{meal} ({count} foods)</source>
        <translation>{meal} ({count} alimentos)</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="108"/>
        <source>That food was already removed on another workstation.</source>
        <translation>Ese alimento ya se quitó en otro puesto de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="113"/>
        <source>remove {food} from the {meal} of {date}</source>
        <translation>quitar {food} de: {meal} del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="118"/>
        <source>Removed {food} from the {meal} (Ctrl+Z to undo).</source>
        <translation>Se quitó {food} de: {meal} (Ctrl+Z para deshacer).</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="140"/>
        <source>The {meal} was changed on another workstation since it was listed, so it was not deleted; the list now shows the change.</source>
        <translation>Esta comida ({meal}) se modificó en otro puesto de trabajo después de mostrarse en la lista, así que no se eliminó; la lista muestra ahora el cambio.</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="146"/>
        <source>The {meal} was already deleted on another workstation.</source>
        <translation>Esta comida ({meal}) ya se eliminó en otro puesto de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="152"/>
        <source>delete {meal} of {date}</source>
        <translation>eliminar {meal} del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="155"/>
        <source>Deleted the {meal} (Ctrl+Z to undo).</source>
        <translation>Eliminado: {meal} (Ctrl+Z para deshacer).</translation>
    </message>
</context>
<context>
    <name>MealsPage</name>
    <message>
        <location filename="../ui/pages/meals/page.py" line="89"/>
        <source>Log a meal</source>
        <translation>Registrar una comida</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="101"/>
        <location filename="../ui/pages/meals/page.py" line="168"/>
        <location filename="../ui/pages/meals/page.py" line="292"/>
        <source>☆ Favourite</source>
        <translation>☆ Favorito</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="111"/>
        <source>Add food</source>
        <translation>Añadir alimento</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="117"/>
        <source>Remove food</source>
        <translation>Quitar alimento</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="118"/>
        <source>Copy yesterday&apos;s meals</source>
        <translation>Copiar las comidas de ayer</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="119"/>
        <source>Save meal</source>
        <translation>Guardar comida</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="122"/>
        <source>Recently eaten: double-click to add it again</source>
        <translation>Comido hace poco: doble clic para volver a añadirlo</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="123"/>
        <source>Favourites: double-click to add one portion</source>
        <translation>Favoritos: doble clic para añadir una ración</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="132"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="132"/>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="134"/>
        <source>Food</source>
        <translation>Alimento</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="135"/>
        <source>Quick add</source>
        <translation>Añadir rápido</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="135"/>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="136"/>
        <source>Favourites (☆ a food to add it)</source>
        <translation>Favoritos (marque ☆ en un alimento para añadirlo)</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="137"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="141"/>
        <source>Foods</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="168"/>
        <location filename="../ui/pages/meals/page.py" line="292"/>
        <source>★ Favourite</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="181"/>
        <source>pick a food from the list first</source>
        <translation>primero elija un alimento de la lista</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="232"/>
        <source>&lt;b&gt;This meal:&lt;/b&gt; {totals}</source>
        <translation>&lt;b&gt;Esta comida:&lt;/b&gt; {totals}</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="241"/>
        <source>a {meal} of {count} food(s)</source>
        <translation>una comida ({meal}) de {count} alimento(s)</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="264"/>
        <source>Not saved: that meal was just deleted on another workstation. Save again to log it as a new meal.</source>
        <translation>No se guardó: esa comida se acaba de eliminar en otro puesto de trabajo. Vuelva a guardar para registrarla como una comida nueva.</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="273"/>
        <source>Saved {value} of {isoformat}.</source>
        <translation>Guardado: {value} del {isoformat}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="311"/>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>debe ser una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="327"/>
        <source>copy the meals of {before} to {day}</source>
        <translation>copiar las comidas del {before} al {day}</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="332"/>
        <source>{meal} (1 food)</source>
        <translation>{meal} (1 alimento)</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="333"/>
        <source>{meal} ({count} foods)</source>
        <translation>{meal} ({count} alimentos)</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="336"/>
        <source>Copied {what} from {isoformat} (Ctrl+Z to undo).</source>
        <translation>Se copió {what} del {isoformat} (Ctrl+Z para deshacer).</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="342"/>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="345"/>
        <source>Copy again?</source>
        <translation>¿Copiar otra vez?</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="346"/>
        <source>{isoformat} already holds {shown} from the day before. Copying again would log them twice. Copy anyway?</source>
        <translation>El {isoformat} ya contiene {shown} del día anterior. Copiar otra vez los registraría dos veces. ¿Copiar de todos modos?</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../ui/pages/measures/page.py" line="28"/>
        <source>Heights and tests</source>
        <translation>Tallas y pruebas</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/page.py" line="29"/>
        <source>Labs</source>
        <translation>Análisis</translation>
    </message>
</context>
<context>
    <name>MeasuresSection</name>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="110"/>
        <source>How it was measured, aids used (optional)</source>
        <translation>Cómo se midió, ayudas utilizadas (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="111"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="112"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="113"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="114"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="115"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="116"/>
        <source>Run a test…</source>
        <translation>Hacer una prueba…</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="117"/>
        <source>A stopwatch for TUG and sit-to-stand, the 30-second chair stand countdown and the tandem-stance timer</source>
        <translation>Un cronómetro para el TUG y para levantarse de la silla, la cuenta atrás de 30 segundos de levantarse de la silla y el temporizador de la posición en tándem</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="120"/>
        <source>times TUG, sit-to-stand, chair stand, tandem stance</source>
        <translation>cronometra TUG, levantarse de la silla (5 veces y 30 s) y posición en tándem</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="164"/>
        <source>Required; {allowed}</source>
        <translation>Obligatorio; {allowed}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="196"/>
        <source>the {test} of {date}</source>
        <translation>{test} del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="212"/>
        <source>Height must be {allowed}, {example} (got {text})</source>
        <translation>La talla debe ser {allowed}, {example} (se escribió {text})</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="213"/>
        <source>Height must be {allowed}, {example}</source>
        <translation>La talla debe ser {allowed}, {example}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/tests_section.py" line="247"/>
        <source>Saved {describe}.{after_save}</source>
        <translation>Guardado: {describe}.{after_save}</translation>
    </message>
</context>
<context>
    <name>MedicationsSection</name>
    <message>
        <location filename="../ui/pages/medications/page.py" line="44"/>
        <source>Bisphosphonate</source>
        <translation>Bifosfonato</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="45"/>
        <source>Denosumab (RANKL inhibitor)</source>
        <translation>Denosumab (inhibidor del RANKL)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="46"/>
        <source>Anabolic (bone-forming)</source>
        <translation>Anabólico (formador de hueso)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="47"/>
        <source>Hormone replacement therapy</source>
        <translation>Terapia hormonal sustitutiva</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="49"/>
        <source>SERM</source>
        <translation>MSRE</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="49"/>
        <source>Supplement</source>
        <translation>Suplemento</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="50"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="52"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="52"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="53"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="54"/>
        <source>3-monthly</source>
        <translation>trimestral</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="55"/>
        <source>6-monthly</source>
        <translation>semestral</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="56"/>
        <source>yearly</source>
        <translation>anual</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="86"/>
        <source>Daily amount must be {allowed} a day, in steps of 0.025 µg (1 IU) (got {text})</source>
        <translation>La cantidad diaria debe ser {allowed} al día, en pasos de 0.025 µg (1 UI) (se escribió {text})</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="92"/>
        <source>the start&apos;s day</source>
        <translation>el día del inicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="93"/>
        <source>Choose a drug…</source>
        <translation>Elija un medicamento…</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="94"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="94"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="95"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="95"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="97"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="97"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="98"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="120"/>
        <location filename="../ui/pages/medications/page.py" line="220"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="135"/>
        <source>Stop course…</source>
        <translation>Terminar tratamiento…</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="136"/>
        <source>End the selected running course on the day you choose</source>
        <translation>Terminar el tratamiento en curso seleccionado el día que usted elija</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="170"/>
        <source>{date} ({days} d late)</source>
        <translation>{date} ({days} d de retraso)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="206"/>
        <source>Stopped the {drug} course on {isoformat} (Ctrl+Z to undo).</source>
        <translation>Se terminó el tratamiento con {drug} el {isoformat} (Ctrl+Z para deshacer).</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="229"/>
        <source>as prescribed, e.g. 70 mg once a week</source>
        <translation>según la receta, p. ej., 70 mg una vez a la semana</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="232"/>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="233"/>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="234"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="235"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="236"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="237"/>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="238"/>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="239"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="240"/>
        <source>Daily amount</source>
        <translation>Cantidad diaria</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="242"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="257"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="260"/>
        <source>{schedule} (usual)</source>
        <translation>{schedule} (habitual)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="271"/>
        <location filename="../ui/pages/medications/page.py" line="276"/>
        <source>{unit} a day</source>
        <translation>{unit} al día</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="272"/>
        <location filename="../ui/pages/medications/page.py" line="278"/>
        <source>Optional; {describe} a day, counted towards intake</source>
        <translation>Opcional; {describe} al día, se suma a la ingesta</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/page.py" line="318"/>
        <source>the {drug} course from {date}</source>
        <translation>el tratamiento con {drug} desde el {date}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../ui/widgets/forms.py" line="208"/>
        <source>{low} to {high}{unit}</source>
        <translation>{low} a {high}{unit}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="209"/>
        <source>Optional; from {low} to {high}{unit}</source>
        <translation>Opcional; de {low} a {high}{unit}</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../ui/dialogs/patient.py" line="38"/>
        <source>Not applicable / unknown</source>
        <translation>No aplica / desconocido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="39"/>
        <source>Premenopausal</source>
        <translation>Premenopáusica</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="40"/>
        <source>Perimenopausal</source>
        <translation>Perimenopáusica</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="41"/>
        <source>Postmenopausal</source>
        <translation>Posmenopáusica</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="42"/>
        <source>Never smoked</source>
        <translation>Nunca ha fumado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="43"/>
        <source>Former smoker</source>
        <translation>Exfumador/a</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="44"/>
        <source>Current smoker</source>
        <translation>Fumador/a actual</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="73"/>
        <location filename="../ui/dialogs/patient.py" line="310"/>
        <source>Edit patient — {name}</source>
        <translation>Editar paciente — {name}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="74"/>
        <source>Add patient</source>
        <translation>Añadir paciente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="81"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="82"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="83"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="99"/>
        <source>From age 80, and after a hip or vertebral fracture or a recent fall, the plan holds back moderate and high-impact exercise unless a physiotherapist has cleared it.</source>
        <translation>A partir de los 80 años, y tras una fractura de cadera o vertebral o una caída reciente, el plan no propone ejercicio de impacto moderado o alto salvo que un fisioterapeuta lo haya autorizado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="102"/>
        <location filename="../ui/dialogs/patient.py" line="103"/>
        <source>Clinician notes</source>
        <translation>Notas del profesional</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="106"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="110"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="111"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="112"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="87"/>
        <source>Height</source>
        <translation>Talla</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="88"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="93"/>
        <source>{pattern} (if known)</source>
        <translation>{pattern} (si se conoce)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="113"/>
        <source>Height ({unit})</source>
        <translation>Talla ({unit})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="115"/>
        <source>Weight ({unit})</source>
        <translation>Peso ({unit})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="117"/>
        <source>Menopause</source>
        <translation>Menopausia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="118"/>
        <source>Menopause year</source>
        <translation>Año de la menopausia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="119"/>
        <source>Smoking</source>
        <translation>Tabaquismo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="120"/>
        <source>Stopped smoking</source>
        <translation>Dejó de fumar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="122"/>
        <source>Fracture risk factors</source>
        <translation>Factores de riesgo de fractura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="128"/>
        <source>Clinical</source>
        <translation>Clínico</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="133"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="152"/>
        <location filename="../ui/dialogs/patient.py" line="315"/>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="152"/>
        <location filename="../ui/dialogs/patient.py" line="315"/>
        <source>Archive…</source>
        <translation>Archivar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="178"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="179"/>
        <source>Discard the details you typed? Nothing has been saved yet.</source>
        <translation>¿Descartar los datos que escribió? Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="251"/>
        <source>Possible duplicate patient</source>
        <translation>Posible paciente duplicado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="252"/>
        <source>{capitalize}.

Open the existing patient, or add a second patient with the same details?</source>
        <translation>{capitalize}.

¿Abrir el paciente existente o añadir un segundo paciente con los mismos datos?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="255"/>
        <source>Open existing patient</source>
        <translation>Abrir el paciente existente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="256"/>
        <source>Add anyway</source>
        <translation>Añadir de todos modos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="280"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No se guardó: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="287"/>
        <source>{problem} Close this dialog and open the patient again.</source>
        <translation>{problem} Cierre esta ventana y vuelva a abrir el paciente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="298"/>
        <source>{name}’s details</source>
        <translation>los datos de {name}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="300"/>
        <source>Not saved: {what} were changed on another workstation. Close this dialog and open the patient again to see them.</source>
        <translation>No se guardó: {what} se modificaron en otro puesto de trabajo. Cierre esta ventana y vuelva a abrir el paciente para verlos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="316"/>
        <source>Reloaded as saved on another workstation; your changes were discarded.</source>
        <translation>Se volvió a cargar tal como se guardó en otro puesto de trabajo; sus cambios se descartaron.</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <location filename="../ui/shell/patient_list.py" line="64"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="64"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="66"/>
        <source>Last scan</source>
        <translation>Última densitometría</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="66"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="68"/>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="197"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="210"/>
        <source>{category} (scan of {date})</source>
        <translation>{category} (densitometría del {date})</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="213"/>
        <source>Denosumab more than 6 months + 4 weeks after the last injection: contact the patient now.</source>
        <translation>Denosumab más de 6 meses + 4 semanas después de la última inyección: contacte ya con el paciente.</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="216"/>
        <source>{name}, {sex}, born {date}</source>
        <translation>{name}, {sex}, nacido/a el {date}</translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <location filename="../ui/shell/patient_list.py" line="250"/>
        <source>Search name or birth date (Ctrl+F)</source>
        <translation>Buscar nombre o fecha de nacimiento (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="251"/>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="252"/>
        <source>By name or birth date; Ctrl+F comes here</source>
        <translation>Por nombre o fecha de nacimiento; Ctrl+F lleva aquí</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="254"/>
        <source>Show archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="255"/>
        <source>Also list archived patients</source>
        <translation>Mostrar también los pacientes archivados</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="256"/>
        <source>Overdue only</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="257"/>
        <source>Only patients with an overdue dose or scan</source>
        <translation>Solo pacientes con una dosis o una densitometría atrasada</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="258"/>
        <source>Add patient…</source>
        <translation>Añadir paciente…</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="265"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="310"/>
        <source>Find patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="315"/>
        <source>Archive patient</source>
        <translation>Archivar paciente</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="354"/>
        <source>Nobody has an overdue dose or scan among patients matching “{text}”.</source>
        <translation>Nadie tiene una dosis o densitometría atrasada entre los pacientes que coinciden con «{text}».</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="356"/>
        <source>Nobody has an overdue dose or scan.</source>
        <translation>Nadie tiene una dosis o densitometría atrasada.</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="358"/>
        <source>No patients match “{text}”.</source>
        <translation>Ningún paciente coincide con «{text}».</translation>
    </message>
    <message>
        <location filename="../ui/shell/patient_list.py" line="360"/>
        <source>No patients yet. Add one to start.</source>
        <translation>Todavía no hay pacientes. Añada uno para empezar.</translation>
    </message>
</context>
<context>
    <name>PlanPane</name>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="389"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="393"/>
        <source>Plan as of</source>
        <translation>Plan a fecha de</translation>
    </message>
</context>
<context>
    <name>PortionPicker</name>
    <message>
        <location filename="../ui/pages/meals/food_search.py" line="139"/>
        <source>{unit} ({grams:g} g)</source>
        <translation>{unit} ({grams:g} g)</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/food_search.py" line="140"/>
        <source>{unit} ({grams:.0f} g)</source>
        <translation>{unit} ({grams:.0f} g)</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/food_search.py" line="143"/>
        <source>g (grams)</source>
        <translation>g (gramos)</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../ui/pages/programme/page.py" line="127"/>
        <source>Starter template</source>
        <translation>Plantilla inicial</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="128"/>
        <source>Empty programme</source>
        <translation>Programa vacío</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="130"/>
        <source>Template: {label}</source>
        <translation>Plantilla: {label}</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="131"/>
        <source>Start new programme</source>
        <translation>Empezar un programa nuevo</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="141"/>
        <source>Remove exercise</source>
        <translation>Quitar ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="143"/>
        <source>Done as prescribed today</source>
        <translation>Hecho hoy según lo prescrito</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="145"/>
        <source>Log every exercise of today&apos;s programme as done, in one step (Ctrl+Z undoes)</source>
        <translation>Registrar como hechos todos los ejercicios del programa de hoy, de una vez (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="148"/>
        <source>Write handout…</source>
        <translation>Crear hoja para el paciente…</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="155"/>
        <source>Progression proposed</source>
        <translation>Progresión propuesta</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="162"/>
        <source>&lt;b&gt;Adherence by week&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cumplimiento por semana&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="182"/>
        <source>Add an exercise</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="55"/>
        <location filename="../ui/pages/programme/page.py" line="187"/>
        <location filename="../ui/pages/programme/page.py" line="209"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="51"/>
        <source>Low bone mass</source>
        <translation>Masa ósea baja</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="52"/>
        <source>Osteoporosis</source>
        <translation>Osteoporosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="53"/>
        <source>Osteoporosis with a vertebral fracture</source>
        <translation>Osteoporosis con fractura vertebral</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="55"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="56"/>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="56"/>
        <source>Progression</source>
        <translation>Progresión</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="58"/>
        <location filename="../ui/pages/programme/page.py" line="217"/>
        <source>Cues</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="58"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="59"/>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="59"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="60"/>
        <source>Exercises done</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="60"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="62"/>
        <source>Adherence</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="63"/>
        <source>reps then load</source>
        <translation>repeticiones y luego carga</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="64"/>
        <source>add impacts</source>
        <translation>añadir impactos</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="65"/>
        <source>balance base</source>
        <translation>base de apoyo</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="66"/>
        <source>add minutes</source>
        <translation>añadir minutos</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="68"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="195"/>
        <location filename="../ui/pages/programme/page.py" line="215"/>
        <source>Base of support</source>
        <translation>Base de apoyo</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="196"/>
        <source>(not a balance exercise)</source>
        <translation>(no es un ejercicio de equilibrio)</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="200"/>
        <source>Coaching cues for the handout (optional)</source>
        <translation>Indicaciones para la hoja del paciente (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="201"/>
        <source>Supervised</source>
        <translation>Supervisado</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="202"/>
        <source>Cleared by me for this person</source>
        <translation>Autorizado por mí para esta persona</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="210"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="211"/>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="212"/>
        <location filename="../ui/pages/programme/page.py" line="273"/>
        <source>Load ({unit})</source>
        <translation>Carga ({unit})</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="213"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="214"/>
        <source>Impacts</source>
        <translation>Impactos</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="216"/>
        <source>Sessions a week</source>
        <translation>Sesiones a la semana</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="231"/>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="255"/>
        <source>Held back for this person: {reasons}</source>
        <translation>No recomendado para esta persona: {reasons}</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="313"/>
        <source>No programme yet</source>
        <translation>Todavía no hay programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="314"/>
        <source>No patient selected</source>
        <translation>Ningún paciente seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="317"/>
        <source>Start one from a starter template (Royal Osteoporosis Society 2022 &apos;Strong, Steady and Straight&apos;; Too Fit To Fracture) or empty, then add exercises.</source>
        <translation>Empiece uno a partir de una plantilla inicial (Royal Osteoporosis Society 2022 &apos;Strong, Steady and Straight&apos;; Too Fit To Fracture) o vacío, y luego añada ejercicios.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="328"/>
        <source>; last {weeks} complete weeks: {done} of {prescribed} exercises ({percent} %)</source>
        <translation>; últimas {weeks} semanas completas: {done} de {prescribed} ejercicios ({percent} %)</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="335"/>
        <source>Version {number} from {isoformat}, {sessions_per_week} sessions a week{adherence}.</source>
        <translation>Versión {number} del {isoformat}, {sessions_per_week} sesiones a la semana{adherence}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="344"/>
        <source>supervised</source>
        <translation>supervisado</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="345"/>
        <source>cleared</source>
        <translation>autorizado</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="368"/>
        <location filename="../ui/pages/programme/page.py" line="370"/>
        <source>{done} of {prescribed}</source>
        <translation>{done} de {prescribed}</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="377"/>
        <source>Versions: {versions}</source>
        <translation>Versiones: {versions}</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="378"/>
        <source>{number} from {date} ({note})</source>
        <translation>{number} del {date} ({note})</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="381"/>
        <source>{number} from {date}</source>
        <translation>{number} del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="397"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="398"/>
        <source>Accept the next step for {activity}</source>
        <translation>Aceptar el siguiente paso para {activity}</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="401"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="402"/>
        <source>Dismiss the next step for {activity}</source>
        <translation>Descartar el siguiente paso para {activity}</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="428"/>
        <source>{done} (Ctrl+Z to undo).</source>
        <translation>{done} (Ctrl+Z para deshacer).</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="446"/>
        <source>Started &apos;{name}&apos;.{skipped}</source>
        <translation>Se empezó «{name}».{skipped}</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="459"/>
        <source>Not added: correct the values marked in red.</source>
        <translation>No se añadió: corrija los valores marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="466"/>
        <source>add {activity} to the programme</source>
        <translation>añadir {activity} al programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="468"/>
        <source>Added {activity}.</source>
        <translation>Se añadió {activity}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="485"/>
        <source>the exercise</source>
        <translation>el ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="486"/>
        <source>remove {activity} from the programme</source>
        <translation>quitar {activity} del programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="487"/>
        <source>Removed {activity}.</source>
        <translation>Se quitó {activity}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="502"/>
        <source>progress {activity}</source>
        <translation>progresar {activity}</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="503"/>
        <source>Progressed {activity} to {dose}.</source>
        <translation>{activity} progresó a {dose}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="509"/>
        <source>Dismissed the proposed step for {activity}.</source>
        <translation>Se descartó el paso propuesto para {activity}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="525"/>
        <source>log today&apos;s programme</source>
        <translation>registrar el programa de hoy</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="530"/>
        <source>Logged {len} exercise(s) as prescribed today (Ctrl+Z to undo).</source>
        <translation>Se registraron {len} ejercicio(s) según lo prescrito hoy (Ctrl+Z para deshacer).</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="548"/>
        <source>Write the programme handout</source>
        <translation>Crear la hoja del programa para el paciente</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="549"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="563"/>
        <source>Wrote the handout to {path} (1 page).</source>
        <translation>Se escribió la hoja para el paciente en {path} (1 página).</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme/page.py" line="564"/>
        <source>Wrote the handout to {path} ({pages} pages).</source>
        <translation>Se escribió la hoja para el paciente en {path} ({pages} páginas).</translation>
    </message>
</context>
<context>
    <name>ProgrammeToday</name>
    <message>
        <location filename="../ui/pages/workouts/programme_today.py" line="45"/>
        <source>Today&apos;s programme</source>
        <translation>Programa de hoy</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/programme_today.py" line="54"/>
        <source>Done as prescribed</source>
        <translation>Hecho según lo prescrito</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/programme_today.py" line="56"/>
        <source>Log every exercise below as done today exactly as prescribed (Ctrl+Z undoes)</source>
        <translation>Registrar todos los ejercicios de abajo como hechos hoy exactamente según lo prescrito (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/programme_today.py" line="116"/>
        <source>{name}, version {number}: {sessions_per_week} sessions a week. This week so far:</source>
        <translation>{name}, versión {number}: {sessions_per_week} sesiones a la semana. Esta semana hasta ahora:</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/programme_today.py" line="121"/>
        <source>&lt;b&gt;{activity}&lt;/b&gt;: {dose_text}</source>
        <translation>&lt;b&gt;{activity}&lt;/b&gt;: {dose_text}</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/programme_today.py" line="124"/>
        <source>{min} of {per_week} this week</source>
        <translation>{min} de {per_week} esta semana</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/programme_today.py" line="126"/>
        <source>Log…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/programme_today.py" line="127"/>
        <source>Log {activity} with what you actually did</source>
        <translation>Registrar {activity} con lo que hizo realmente</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/programme_today.py" line="148"/>
        <source>log today&apos;s programme ({date})</source>
        <translation>registrar el programa de hoy ({date})</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/programme_today.py" line="153"/>
        <source>Logged {len} exercise(s) as prescribed today (Ctrl+Z to undo).</source>
        <translation>Se registraron {len} ejercicio(s) según lo prescrito hoy (Ctrl+Z para deshacer).</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="28"/>
        <source>clinician</source>
        <translation>profesional sanitario</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clinic_users.py" line="29"/>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>ScanTableModel</name>
    <message>
        <location filename="../ui/pages/scans/table.py" line="26"/>
        <source>Spine</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="27"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="27"/>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="29"/>
        <source>Total body</source>
        <translation>Cuerpo entero</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="30"/>
        <source>Forearm</source>
        <translation>Antebrazo</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="33"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="50"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="50"/>
        <source>Device</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="51"/>
        <source>Spine T</source>
        <translation>Columna T</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="51"/>
        <source>Spine BMD</source>
        <translation>Columna DMO</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="53"/>
        <source>Neck T</source>
        <translation>Cuello T</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="53"/>
        <source>Neck BMD</source>
        <translation>Cuello DMO</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="54"/>
        <source>Hip T</source>
        <translation>Cadera T</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="54"/>
        <source>Hip BMD</source>
        <translation>Cadera DMO</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="56"/>
        <source>Other sites</source>
        <translation>Otras zonas</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="56"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="75"/>
        <source>{site}: {value}</source>
        <translation>{site}: {value}</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="77"/>
        <source>T-score</source>
        <translation>Puntuación T</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/table.py" line="78"/>
        <source>BMD (g/cm²)</source>
        <translation>DMO (g/cm²)</translation>
    </message>
</context>
<context>
    <name>ScansPage</name>
    <message>
        <location filename="../ui/pages/scans/page.py" line="39"/>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="39"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="41"/>
        <source>mean of both</source>
        <translation>media de ambas</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="258"/>
        <source>the visit of {date}</source>
        <translation>la visita del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="261"/>
        <source>New DXA visit</source>
        <translation>Nueva visita de DXA</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="66"/>
        <source>Clinic or hospital</source>
        <translation>Clínica u hospital</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="68"/>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="78"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="79"/>
        <source>Device</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="80"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="90"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="90"/>
        <source>Machine</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="91"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="92"/>
        <source>Vertebrae</source>
        <translation>Vértebras</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="92"/>
        <source>Hip side</source>
        <translation>Lado de la cadera</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="103"/>
        <source>&lt;b&gt;Scanner details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datos del densitómetro&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="107"/>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="107"/>
        <source>BMD (g/cm²)</source>
        <translation>DMO (g/cm²)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="107"/>
        <location filename="../ui/pages/scans/page.py" line="123"/>
        <source>T-score</source>
        <translation>Puntuación T</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="108"/>
        <location filename="../ui/pages/scans/page.py" line="123"/>
        <source>Z-score</source>
        <translation>Puntuación Z</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="109"/>
        <source>&lt;b&gt;{caption}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{caption}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="123"/>
        <source>BMD</source>
        <translation>DMO</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="132"/>
        <location filename="../ui/pages/scans/page.py" line="134"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="136"/>
        <source>Save visit</source>
        <translation>Guardar visita</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="138"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="173"/>
        <source>e.g. Horizon A</source>
        <translation>p. ej., Horizon A</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="175"/>
        <source>serial or room</source>
        <translation>n.º de serie o sala</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="176"/>
        <source>The scanner&apos;s serial number or room name: changes are judged only between visits on the same machine (or machines declared cross-calibrated in Settings).</source>
        <translation>El número de serie del densitómetro o el nombre de la sala: los cambios solo se valoran entre visitas en el mismo equipo (o en equipos declarados con calibración cruzada en Ajustes).</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="180"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="187"/>
        <source>The lumbar vertebrae the spine result covers (L1-L4 unless vertebrae were excluded)</source>
        <translation>Las vértebras lumbares que abarca el resultado de columna (L1-L4 salvo que se excluyeran vértebras)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="190"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="193"/>
        <source>The hip the femoral neck and total hip results are from</source>
        <translation>La cadera de la que proceden los resultados de cuello femoral y cadera total</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="264"/>
        <source>Edit visit of {isoformat}</source>
        <translation>Editar la visita del {isoformat}</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="271"/>
        <source>changes to the DXA visit of {date}</source>
        <translation>cambios en la visita de DXA del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="272"/>
        <source>a new DXA visit</source>
        <translation>una visita de DXA nueva</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="275"/>
        <source>{problem} Click “Cancel edit” and open the visit again.</source>
        <translation>{problem} Pulse «Cancelar la edición» y vuelva a abrir la visita.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="255"/>
        <source>the DXA visit of {date}</source>
        <translation>la visita de DXA del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/scans/page.py" line="267"/>
        <source>delete scan of {date}</source>
        <translation>eliminar la densitometría del {date}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings.py" line="70"/>
        <source>BHOF 2022 (US)</source>
        <translation>BHOF 2022 (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="71"/>
        <source>NOGG 2022 (UK)</source>
        <translation>NOGG 2022 (Reino Unido)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="73"/>
        <source>Height</source>
        <translation>Talla</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="74"/>
        <source>ft and in</source>
        <translation>ft y in</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="75"/>
        <source>Weight and loads</source>
        <translation>Peso y cargas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="76"/>
        <source>Vitamin D intake</source>
        <translation>Ingesta de vitamina D</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="77"/>
        <source>25(OH)D blood level</source>
        <translation>Nivel de 25(OH)D en sangre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="88"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="92"/>
        <source>Single-profile mode: hide the patient list</source>
        <translation>Modo de un solo perfil: ocultar la lista de pacientes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="94"/>
        <source>For one person tracking their own bones: the window opens straight on your profile.</source>
        <translation>Para una persona que registra sus propios huesos: la ventana se abre directamente en su perfil.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="99"/>
        <source>Least significant change of this facility (g/cm²)</source>
        <translation>Mínimo cambio significativo de este centro (g/cm²)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="111"/>
        <source>Use your densitometry centre&apos;s own values when you know them; a change smaller than this is within measurement error. Shared by every workstation using this database.</source>
        <translation>Use los valores de su propio centro de densitometría si los conoce; un cambio menor que este está dentro del error de medida. Compartido por todos los puestos que usan esta base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="123"/>
        <source>Only a clinic admin can change these.</source>
        <translation>Solo un administrador de la clínica puede cambiar estos valores.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="131"/>
        <source>Which thresholds read a FRAX result typed from the official calculator: BHOF&apos;s hip 3 % or major osteoporotic 20 % (US), or the age-dependent NOGG thresholds, entered as the NOGG calculator&apos;s risk category (UK). Shared by every workstation.</source>
        <translation>Qué umbrales interpretan un resultado FRAX copiado de la calculadora oficial: los de la BHOF, cadera 3 % u osteoporótica principal 20 % (EE. UU.), o los umbrales de NOGG según la edad, introducidos como la categoría de riesgo de la calculadora NOGG (Reino Unido). Compartido por todos los puestos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="148"/>
        <source>FRAX thresholds</source>
        <translation>Umbrales FRAX</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="142"/>
        <source>Same as the system ({language})</source>
        <translation>Igual que el sistema ({language})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="147"/>
        <source>The language of the window, the plan and the printed report</source>
        <translation>El idioma de la ventana, del plan y del informe impreso</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="149"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="157"/>
        <source>The window is rebuilt in the new language when you press OK (after asking about unsaved changes); the undo history starts afresh.</source>
        <translation>Al pulsar Aceptar, la ventana se vuelve a crear en el nuevo idioma (antes se le pregunta por los cambios sin guardar); el historial para deshacer empieza de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="167"/>
        <source>Clinic users…</source>
        <translation>Usuarios de la clínica…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="169"/>
        <source>Clinic mode: each workstation user signs in; admins manage users</source>
        <translation>Modo clínica: cada usuario del puesto inicia sesión; los administradores gestionan los usuarios</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="183"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="184"/>
        <source>How values are shown and typed on this computer; what is stored does not change, so switching a unit shows every entry converted. Dates are shown in this computer&apos;s short date format; the command line and exported files keep ISO dates (YYYY-MM-DD).</source>
        <translation>Cómo se muestran y se escriben los valores en este ordenador; lo guardado no cambia, así que al cambiar una unidad verá cada entrada convertida. Las fechas se muestran en el formato de fecha corto de este ordenador; la línea de órdenes y los archivos exportados conservan las fechas ISO (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="209"/>
        <source>Cross-calibrated machines</source>
        <translation>Equipos con calibración cruzada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="210"/>
        <source>Visits on different machines are compared only when the machines are declared cross-calibrated here (ISCD). Shared by every workstation.</source>
        <translation>Las visitas en equipos distintos solo se comparan si aquí se declara que los equipos tienen calibración cruzada (ISCD). Compartido por todos los puestos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="216"/>
        <source>Machine (serial or room)</source>
        <translation>Equipo (n.º de serie o sala)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="217"/>
        <source>cross-calibrated with</source>
        <translation>con calibración cruzada con</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="220"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="221"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings.py" line="249"/>
        <source>Machine {problem}</source>
        <translation>Equipo: {problem}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/sign_in.py" line="20"/>
        <source>Sign in to BoneTracker</source>
        <translation>Iniciar sesión en BoneTracker</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sign_in.py" line="25"/>
        <source>This database is shared by a clinic: sign in with your BoneTracker name and password.</source>
        <translation>Esta base de datos la comparte una clínica: inicie sesión con su nombre y contraseña de BoneTracker.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sign_in.py" line="29"/>
        <location filename="../ui/dialogs/sign_in.py" line="39"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sign_in.py" line="31"/>
        <location filename="../ui/dialogs/sign_in.py" line="40"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sign_in.py" line="46"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>StopCourseDialog</name>
    <message>
        <location filename="../ui/pages/medications/stop_course.py" line="38"/>
        <source>Stop {drug}</source>
        <translation>Terminar {drug}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/stop_course.py" line="47"/>
        <source>Stop course</source>
        <translation>Terminar tratamiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/stop_course.py" line="51"/>
        <source>Last day of the {drug} course that started {isoformat}:</source>
        <translation>Último día del tratamiento con {drug} que empezó el {isoformat}:</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/stop_course.py" line="96"/>
        <source>stop the {drug} course</source>
        <translation>terminar el tratamiento con {drug}</translation>
    </message>
</context>
<context>
    <name>TScoreScale</name>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="61"/>
        <source>Lowest T-score {signed} on the WHO bands</source>
        <translation>Puntuación T más baja {signed} en las bandas de la OMS</translation>
    </message>
</context>
<context>
    <name>TestRunner</name>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="59"/>
        <source>The person sits in a chair with arms. Press Start as you say “Go”: they stand, walk 3 m (10 ft) at their usual pace, turn, walk back and sit down. Press Stop when they sit.</source>
        <translation>La persona se sienta en una silla con brazos. Pulse Empezar al decir «Ya»: se levanta, camina 3 m (10 ft) a su paso habitual, se gira, vuelve y se sienta. Pulse Parar cuando se siente.</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="65"/>
        <source>Arms crossed over the chest. Press Start as you say “Go”; press Stop when the person sits after the fifth full stand.</source>
        <translation>Brazos cruzados sobre el pecho. Pulse Empezar al decir «Ya»; pulse Parar cuando la persona se siente tras levantarse del todo por quinta vez.</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="70"/>
        <source>Arms crossed over the chest. Press Start as you say “Go”, then Space (or “Stand”) each time the person stands fully up. The count stops by itself after 30 seconds.</source>
        <translation>Brazos cruzados sobre el pecho. Pulse Empezar al decir «Ya» y luego Espacio (o «De pie») cada vez que la persona se levante del todo. La cuenta se detiene sola a los 30 segundos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="75"/>
        <source>One foot directly in front of the other, heel to toe. Press Start when the person is in position and Stop when they move their feet or reach for support. The timer stops by itself at 10 s, the hold the 4-stage balance test asks for.</source>
        <translation>Un pie justo delante del otro, talón con punta. Pulse Empezar cuando la persona esté en posición y Parar cuando mueva los pies o busque apoyo. El temporizador se detiene solo a los 10 s, el tiempo que pide la prueba de equilibrio de 4 etapas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="111"/>
        <source>Run a test: {name}</source>
        <translation>Hacer una prueba: {name}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="142"/>
        <location filename="../ui/pages/measures/runner.py" line="213"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="143"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="144"/>
        <source>Stand (Space)</source>
        <translation>De pie (Espacio)</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="145"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="146"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="163"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="169"/>
        <source>Saved with today&apos;s date ({isoformat}).</source>
        <translation>Se guarda con la fecha de hoy ({isoformat}).</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="213"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="226"/>
        <source>{ceil} s left</source>
        <translation>quedan {ceil} s</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="227"/>
        <location filename="../ui/pages/measures/runner.py" line="278"/>
        <source>Stands: {stands}</source>
        <translation>Levantadas: {stands}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="229"/>
        <source>{elapsed:.1f} s</source>
        <translation>{elapsed:.1f} s</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="281"/>
        <source>outside the norm ({norm})</source>
        <translation>fuera de los valores de referencia ({norm})</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="283"/>
        <source>within the norm ({norm})</source>
        <translation>dentro de los valores de referencia ({norm})</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="285"/>
        <source>no norm ({norm})</source>
        <translation>sin valores de referencia ({norm})</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="285"/>
        <source>no norm</source>
        <translation>sin valores de referencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="288"/>
        <source>Result: {value} {canonical}, {words}. Press Save to keep it.</source>
        <translation>Resultado: {value} {canonical}, {words}. Pulse Guardar para conservarlo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="306"/>
        <source>Not saved: {problems}</source>
        <translation>No se guardó: {problems}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/runner.py" line="307"/>
        <source>the result {message}</source>
        <translation>el resultado {message}</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../ui/pages/medications/today.py" line="66"/>
        <source>&lt;b&gt;Today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hoy&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/today.py" line="136"/>
        <source>DXA scan overdue since {date}: ask your doctor about booking it.</source>
        <translation>Densitometría DXA atrasada desde el {date}: pregunte a su médico por la cita.</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/today.py" line="138"/>
        <source>DXA scan due {date}: ask your doctor about booking it.</source>
        <translation>Densitometría DXA prevista el {date}: pregunte a su médico por la cita.</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/today.py" line="150"/>
        <source>DXA scan overdue since {date}</source>
        <translation>Densitometría DXA atrasada desde el {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/today.py" line="151"/>
        <source>DXA scan due {date}</source>
        <translation>Densitometría DXA prevista el {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/today.py" line="169"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/today.py" line="174"/>
        <source>Taken today</source>
        <translation>Tomada hoy</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/today.py" line="190"/>
        <source>Not saved: {problems}</source>
        <translation>No se guardó: {problems}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/today.py" line="203"/>
        <source>record today&apos;s {drug} dose</source>
        <translation>registrar la dosis de hoy de {drug}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/today.py" line="206"/>
        <source>Recorded today&apos;s {drug} dose (Ctrl+Z to undo).</source>
        <translation>Se registró la dosis de hoy de {drug} (Ctrl+Z para deshacer).</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../ui/pages/medications/today.py" line="243"/>
        <source>BoneTracker: dose overdue</source>
        <translation>BoneTracker: dosis atrasada</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/today.py" line="244"/>
        <source>BoneTracker: dose due today</source>
        <translation>BoneTracker: dosis prevista hoy</translation>
    </message>
</context>
<context>
    <name>WeeklyBars</name>
    <message>
        <location filename="../ui/pages/workouts/adherence_strip.py" line="56"/>
        <source>Last {len} weeks; {met} of {max} finished weeks reached {target} {unit}</source>
        <translation>Últimas {len} semanas; {met} de {max} semanas terminadas alcanzaron {target} {unit}</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/adherence_strip.py" line="93"/>
        <source>Week of {date}: {value} {unit} (target {target})</source>
        <translation>Semana del {date}: {value} {unit} (objetivo {target})</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="52"/>
        <source>Welcome to BoneTracker</source>
        <translation>Bienvenido/a a BoneTracker</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="54"/>
        <source>&lt;h2&gt;Welcome to BoneTracker&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenido/a a BoneTracker&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="55"/>
        <source>Track bone density scans, exercise, food and lifestyle, and see whether what you do is working. Everything stays on this computer. How would you like to start?</source>
        <translation>Registre densitometrías, ejercicio, alimentación y estilo de vida, y vea si lo que hace funciona. Todo se queda en este ordenador. ¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="64"/>
        <source>Create my own profile</source>
        <translation>Crear mi propio perfil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="65"/>
        <source>Enter your details, then add your DXA results, workouts and meals.</source>
        <translation>Introduzca sus datos y después añada sus resultados de DXA, su ejercicio y sus comidas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="66"/>
        <source>Explore demo data</source>
        <translation>Explorar datos de demostración</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="67"/>
        <source>Open a separate demo database of example patients with years of made-up logs, to try every page, the chart and the report. Your own database stays empty.</source>
        <translation>Abrir una base de datos de demostración aparte, con pacientes de ejemplo y años de registros inventados, para probar todas las páginas, el gráfico y el informe. Su propia base de datos queda vacía.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="69"/>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="70"/>
        <source>Bring in CSV files: a BoneTracker export, or a spreadsheet in the documented format (docs/import-format.md).</source>
        <translation>Traer archivos CSV: una exportación de BoneTracker o una hoja de cálculo en el formato documentado (docs/import-format.md).</translation>
    </message>
</context>
<context>
    <name>WorkoutsSection</name>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="168"/>
        <source>Type to search, e.g. brisk walking</source>
        <translation>Escriba para buscar, p. ej., caminar a paso ligero</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="175"/>
        <source>Own activity…</source>
        <translation>Actividad propia…</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="176"/>
        <source>Add an activity that is not in the list</source>
        <translation>Añadir una actividad que no está en la lista</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="180"/>
        <source>How hard it felt: 1 very easy, 5 hard, 10 maximal (RPE)</source>
        <translation>Cuánto le costó: 1 muy fácil, 5 difícil, 10 máximo (escala de esfuerzo percibido)</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="185"/>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="196"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="197"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="208"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="209"/>
        <source>Effort (1-10)</source>
        <translation>Esfuerzo (1-10)</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="210"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="211"/>
        <source>Reps per set</source>
        <translation>Repeticiones por serie</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="212"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="216"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="246"/>
        <source>0 to {show} {unit}</source>
        <translation>0 a {show} {unit}</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="248"/>
        <source>Load ({unit})</source>
        <translation>Carga ({unit})</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="254"/>
        <source>Your own activity.</source>
        <translation>Su propia actividad.</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="255"/>
        <source>{capitalize}, about {met:g} MET. {notes}{own}</source>
        <translation>{capitalize}, unos {met:g} MET. {notes}{own}</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="306"/>
        <source>programme: {dose_text}</source>
        <translation>programa: {dose_text}</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="319"/>
        <source>{minutes} min of {activity} on {date}</source>
        <translation>{minutes} min de {activity} el {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="331"/>
        <source>Note: {warning}</source>
        <translation>Nota: {warning}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="196"/>
        <source>BoneTracker cannot open the database</source>
        <translation>BoneTracker no puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="221"/>
        <source>Read-only: {path} cannot be written; you can look, print and export, but changes will not be saved.</source>
        <translation>Solo lectura: no se puede escribir en {path}; puede consultar, imprimir y exportar, pero los cambios no se guardarán.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../ui/chart/lower.py" line="192"/>
        <source>% of target</source>
        <translation>% del objetivo</translation>
    </message>
    <message>
        <location filename="../ui/chart/lower.py" line="193"/>
        <source>% of target ({weeks}-wk mean)</source>
        <translation>% del objetivo (media de {weeks} sem.)</translation>
    </message>
    <message>
        <location filename="../ui/chart/lower.py" line="229"/>
        <source>Week of {date} ({days} days with meals logged)</source>
        <translation>Semana del {date} ({days} días con comidas registradas)</translation>
    </message>
    <message>
        <location filename="../ui/chart/lower.py" line="234"/>
        <source>not logged</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../ui/chart/lower.py" line="236"/>
        <source>{series}: {value} (target {target})</source>
        <translation>{series}: {value} (objetivo {target})</translation>
    </message>
    <message>
        <location filename="../ui/chart/lower.py" line="239"/>
        <source>Bars show {weeks}-week means; zoom in for single weeks</source>
        <translation>Las barras muestran medias de {weeks} semanas; amplíe para ver cada semana</translation>
    </message>
    <message>
        <location filename="../ui/chart/measure_panel.py" line="107"/>
        <source>{series}: {value} {unit} on {date}</source>
        <translation>{series}: {value} {unit} el {date}</translation>
    </message>
    <message>
        <location filename="../ui/chart/plots.py" line="33"/>
        <source>{count} dose(s) taken</source>
        <translation>{count} dosis tomada(s)</translation>
    </message>
    <message>
        <location filename="../ui/chart/plots.py" line="34"/>
        <source>{count} dose(s) missed</source>
        <translation>{count} dosis olvidada(s)</translation>
    </message>
    <message>
        <location filename="../ui/chart/plots.py" line="183"/>
        <source>{upper} to {lower}</source>
        <translation>{upper} a {lower}</translation>
    </message>
    <message>
        <location filename="../ui/chart/plots.py" line="232"/>
        <source>{drug} (ongoing)</source>
        <translation>{drug} (en curso)</translation>
    </message>
    <message>
        <location filename="../ui/chart/plots.py" line="299"/>
        <source>{rate} %/yr</source>
        <translation>{rate} %/año</translation>
    </message>
    <message>
        <location filename="../ui/chart/plots.py" line="303"/>
        <source>T-score computed from BMD</source>
        <translation>Puntuación T calculada a partir de la DMO</translation>
    </message>
    <message>
        <location filename="../ui/chart/plots.py" line="305"/>
        <source>Change ≥ LSC since previous scan</source>
        <translation>Cambio ≥ MCS desde la densitometría anterior</translation>
    </message>
    <message>
        <location filename="../ui/chart/plots.py" line="307"/>
        <source>Error bar: ± LSC</source>
        <translation>Barra de error: ± MCS</translation>
    </message>
    <message>
        <location filename="../ui/chart/plots.py" line="309"/>
        <source>Projection to next scan</source>
        <translation>Proyección hasta la próxima densitometría</translation>
    </message>
    <message>
        <location filename="../ui/chart/plots.py" line="311"/>
        <source>⚠ Projection beyond published rates</source>
        <translation>⚠ Proyección fuera de las tasas publicadas</translation>
    </message>
    <message>
        <location filename="../ui/chart/render.py" line="34"/>
        <source>Select a patient to see their chart.</source>
        <translation>Seleccione un paciente para ver su gráfico.</translation>
    </message>
    <message>
        <location filename="../ui/chart/render.py" line="35"/>
        <source>No DXA scans for {name} yet.
Add a scan result and the chart will show it against the WHO bands.</source>
        <translation>Todavía no hay densitometrías DXA de {name}.
Añada un resultado y el gráfico lo mostrará frente a las bandas de la OMS.</translation>
    </message>
    <message>
        <location filename="../ui/chart/site_items.py" line="21"/>
        <source>T-score</source>
        <translation>Puntuación T</translation>
    </message>
    <message>
        <location filename="../ui/chart/site_items.py" line="22"/>
        <source>BMD (g/cm²)</source>
        <translation>DMO (g/cm²)</translation>
    </message>
    <message>
        <location filename="../ui/chart/site_items.py" line="111"/>
        <source>Projected {site}: {metric} {value} on {date}</source>
        <translation>Proyección {site}: {metric} {value} el {date}</translation>
    </message>
    <message>
        <location filename="../ui/chart/site_items.py" line="115"/>
        <source>(trend {rate} %/yr)</source>
        <translation>(tendencia {rate} %/año)</translation>
    </message>
    <message>
        <location filename="../ui/chart/site_items.py" line="117"/>
        <source>Caution: this rate is beyond published rates of change, or the date is more than 3 years after the last scan</source>
        <translation>Precaución: esta tasa supera las tasas de cambio publicadas, o la fecha está a más de 3 años de la última densitometría</translation>
    </message>
    <message>
        <location filename="../ui/chart/style.py" line="44"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/chart/style.py" line="45"/>
        <source>LBM</source>
        <translation>MOB</translation>
    </message>
    <message>
        <location filename="../ui/chart/style.py" line="46"/>
        <source>OP</source>
        <translation>OP</translation>
    </message>
    <message>
        <location filename="../ui/chart/style.py" line="49"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/chart/style.py" line="50"/>
        <source>Osteopenia</source>
        <translation>Osteopenia</translation>
    </message>
    <message>
        <location filename="../ui/chart/style.py" line="51"/>
        <source>Osteoporosis</source>
        <translation>Osteoporosis</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../ui/widgets/dates.py" line="58"/>
        <source>Y</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dates.py" line="58"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dates.py" line="59"/>
        <source>D</source>
        <translation>D</translation>
    </message>
</context>
<context>
    <name>dialogs.check_database</name>
    <message>
        <location filename="../ui/dialogs/check_database.py" line="22"/>
        <source>Check database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/check_database.py" line="38"/>
        <source>The integrity check is for SQLite database files. For a clinic&apos;s PostgreSQL server, ask its administrator (amcheck).</source>
        <translation>La comprobación de integridad es para archivos de base de datos SQLite. Para el servidor PostgreSQL de una clínica, consulte a su administrador (amcheck).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/check_database.py" line="49"/>
        <source>{advice} Close BoneTracker first: a database in use cannot be replaced.

{details}</source>
        <translation>{advice} Cierre primero BoneTracker: una base de datos en uso no se puede sustituir.

{details}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/check_database.py" line="56"/>
        <source>{advice}

{details}

Rebuild the indexes now? A copy of the file as it is now is kept beside it first.</source>
        <translation>{advice}

{details}

¿Reconstruir ahora los índices? Antes se guarda a su lado una copia del archivo tal como está.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/check_database.py" line="65"/>
        <source>The indexes were not rebuilt: {exc}</source>
        <translation>Los índices no se reconstruyeron: {exc}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/check_database.py" line="70"/>
        <source>Rebuilt the indexes: {advice} The file as it was is kept as {kept}.</source>
        <translation>Se reconstruyeron los índices: {advice} El archivo tal como estaba se guarda como {kept}.</translation>
    </message>
</context>
<context>
    <name>dialogs.damaged</name>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="25"/>
        <source>BoneTracker cannot open the database</source>
        <translation>BoneTracker no puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="31"/>
        <source>{problem}

To restore a backup over it, choose Open… and pick the copy (the automatic ones are in the backups folder beside it).</source>
        <translation>{problem}

Para restaurar una copia de seguridad sobre ella, elija Abrir… y seleccione la copia (las automáticas están en la carpeta backups, a su lado).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="43"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="46"/>
        <source>BoneTracker database (*.sqlite3);;All files (*)</source>
        <translation>Base de datos de BoneTracker (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="53"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="53"/>
        <source>Not restored: {exc}</source>
        <translation>No se restauró: {exc}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="56"/>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="56"/>
        <source>Restored {chosen}. The damaged database was kept as it was found, as {kept}.</source>
        <translation>Se restauró {chosen}. La base de datos dañada se guardó tal como estaba, como {kept}.</translation>
    </message>
</context>
<context>
    <name>dialogs.error</name>
    <message>
        <location filename="../ui/dialogs/error.py" line="26"/>
        <source>Something went wrong and this action did not finish: {error}</source>
        <translation>Algo salió mal y esta acción no terminó: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error.py" line="37"/>
        <source>{problem}

Everything saved before this is safe.</source>
        <translation>{problem}

Todo lo guardado antes de esto está a salvo.</translation>
    </message>
</context>
<context>
    <name>dialogs.patient</name>
    <message>
        <location filename="../ui/dialogs/patient.py" line="339"/>
        <source>Archive patient?</source>
        <translation>¿Archivar al paciente?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="340"/>
        <source>Archive {name}? The patient is hidden from the list but all records are kept; tick “Show archived” to find them again.</source>
        <translation>¿Archivar a {name}? El paciente se oculta de la lista, pero se conservan todos sus registros; marque «Mostrar archivados» para volver a encontrarlo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/patient.py" line="352"/>
        <source>Not archived</source>
        <translation>No se archivó</translation>
    </message>
</context>
<context>
    <name>dialogs.welcome</name>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="131"/>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="131"/>
        <source>Could not start the demo window ({path}).</source>
        <translation>No se pudo abrir la ventana de demostración ({path}).</translation>
    </message>
</context>
<context>
    <name>meals</name>
    <message>
        <location filename="../ui/pages/meals/day.py" line="28"/>
        <source>breakfast</source>
        <translation>desayuno</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="28"/>
        <source>lunch</source>
        <translation>comida</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="29"/>
        <source>dinner</source>
        <translation>cena</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="30"/>
        <source>snack</source>
        <translation>tentempié</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="30"/>
        <source>supplement</source>
        <translation>suplemento</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="42"/>
        <source>calcium unknown</source>
        <translation>calcio desconocido</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/day.py" line="43"/>
        <source>{amount} mg calcium</source>
        <translation>{amount} mg de calcio</translation>
    </message>
    <message>
        <location filename="../ui/pages/meals/page.py" line="421"/>
        <source>{nutrient} unknown</source>
        <translation>{nutrient} desconocido</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../ui/pages/__init__.py" line="28"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/__init__.py" line="29"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../ui/pages/__init__.py" line="30"/>
        <source>Scans</source>
        <translation>Densitometrías</translation>
    </message>
    <message>
        <location filename="../ui/pages/__init__.py" line="31"/>
        <source>Workouts</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/__init__.py" line="32"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/__init__.py" line="33"/>
        <source>Meals</source>
        <translation>Comidas</translation>
    </message>
    <message>
        <location filename="../ui/pages/__init__.py" line="34"/>
        <source>Lifestyle</source>
        <translation>Estilo de vida</translation>
    </message>
    <message>
        <location filename="../ui/pages/__init__.py" line="35"/>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <location filename="../ui/pages/__init__.py" line="36"/>
        <source>Fractures and falls</source>
        <translation>Fracturas y caídas</translation>
    </message>
    <message>
        <location filename="../ui/pages/__init__.py" line="37"/>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
</context>
<context>
    <name>pages.measures</name>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="33"/>
        <source>from {low} {unit}</source>
        <translation>desde {low} {unit}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/labs_section.py" line="35"/>
        <source>up to {high} {unit}</source>
        <translation>hasta {high} {unit}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/readings.py" line="43"/>
        <source>outside the norm ({norm})</source>
        <translation>fuera de los valores de referencia ({norm})</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/readings.py" line="45"/>
        <source>within the norm ({norm})</source>
        <translation>dentro de los valores de referencia ({norm})</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/readings.py" line="46"/>
        <source>no norm ({norm})</source>
        <translation>sin valores de referencia ({norm})</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/readings.py" line="46"/>
        <source>no norm</source>
        <translation>sin valores de referencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/readings.py" line="63"/>
        <source>no change</source>
        <translation>sin cambio</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/readings.py" line="70"/>
        <source>{amount}, better</source>
        <translation>{amount}, mejor</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/readings.py" line="70"/>
        <source>{amount}, worse</source>
        <translation>{amount}, peor</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/readings.py" line="86"/>
        <source>first</source>
        <translation>primera</translation>
    </message>
</context>
<context>
    <name>pages.measures.fields</name>
    <message>
        <location filename="../ui/pages/measures/fields.py" line="14"/>
        <source>{low} to {high} {unit}</source>
        <translation>{low} a {high} {unit}</translation>
    </message>
    <message>
        <location filename="../ui/pages/measures/fields.py" line="17"/>
        <source>Required; from {text}</source>
        <translation>Obligatorio; de {text}</translation>
    </message>
</context>
<context>
    <name>pages.medications</name>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="39"/>
        <source>Proportion of days covered; 80 % or more counts as adherent (usual cut-off)</source>
        <translation>Proporción de días cubiertos; un 80 % o más se considera buen cumplimiento (umbral habitual)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="42"/>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="43"/>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="52"/>
        <source>no schedule</source>
        <translation>sin pauta</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="54"/>
        <source>{drug}: {schedule}. Not running now.</source>
        <translation>{drug}: {schedule}. No está en curso ahora.</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="59"/>
        <source>none logged</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="61"/>
        <source>{date} (the course start)</source>
        <translation>{date} (inicio del tratamiento)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="66"/>
        <source>nothing due (course complete)</source>
        <translation>nada pendiente (tratamiento completo)</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="67"/>
        <source>nothing due</source>
        <translation>nada pendiente</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="69"/>
        <source>{date}, overdue by 1 day</source>
        <translation>{date}, con 1 día de retraso</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="70"/>
        <source>{date}, overdue by {days} days</source>
        <translation>{date}, con {days} días de retraso</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="73"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="76"/>
        <source>&lt;b&gt;{drug}&lt;/b&gt;: {schedule}. Last dose: {last}. Next due: {upcoming}.</source>
        <translation>&lt;b&gt;{drug}&lt;/b&gt;: {schedule}. Última dosis: {last}. Próxima: {upcoming}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="80"/>
        <source>On time: {pdc90} of days covered over 90 days, {pdc365} over 365 days ({adherent} % or more counts as adherent).</source>
        <translation>A tiempo: {pdc90} de días cubiertos en 90 días, {pdc365} en 365 días (un {adherent} % o más se considera buen cumplimiento).</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="86"/>
        <source>Log doses to see what is due and how well the schedule is kept.</source>
        <translation>Registre las dosis para ver qué está pendiente y cómo se cumple la pauta.</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="96"/>
        <source>&lt;b&gt;How to take it:&lt;/b&gt; {advice}</source>
        <translation>&lt;b&gt;Cómo tomarlo:&lt;/b&gt; {advice}</translation>
    </message>
    <message>
        <location filename="../ui/pages/medications/doses.py" line="100"/>
        <source>&lt;b&gt;Report:&lt;/b&gt; {effect}</source>
        <translation>&lt;b&gt;Avise de:&lt;/b&gt; {effect}</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="59"/>
        <source>BoneTracker informs; it does not diagnose or prescribe. Talk to your doctor before starting, stopping or changing any treatment.</source>
        <translation>BoneTracker informa; no diagnostica ni receta. Hable con su médico antes de empezar, dejar o cambiar cualquier tratamiento.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="64"/>
        <source>Calcium</source>
        <translation>Calcio</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="65"/>
        <source>Vitamin D</source>
        <translation>Vitamina D</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="67"/>
        <source>Protein</source>
        <translation>Proteínas</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="68"/>
        <source>Magnesium</source>
        <translation>Magnesio</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="69"/>
        <source>Potassium</source>
        <translation>Potasio</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="70"/>
        <source>Vitamin K</source>
        <translation>Vitamina K</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="73"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="73"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="75"/>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="76"/>
        <source>Weight-bearing</source>
        <translation>Con carga</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="122"/>
        <source>Lowest Z-score {value}</source>
        <translation>Puntuación Z más baja {value}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="123"/>
        <source>Lowest T-score {value} (computed from BMD)</source>
        <translation>Puntuación T más baja {value} (calculada a partir de la DMO)</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="124"/>
        <source>Lowest T-score {value}</source>
        <translation>Puntuación T más baja {value}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="125"/>
        <source>{score} · {site} · scan of {date}</source>
        <translation>{score} · {site} · densitometría del {date}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="151"/>
        <source>Osteoporosis {basis}: the diagnosis stands whatever later T-scores show.</source>
        <translation>Osteoporosis {basis}: el diagnóstico se mantiene sea cual sea la puntuación T posterior.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="154"/>
        <source>No DXA result yet: add a DXA result on the Scans page to see where your bones stand.</source>
        <translation>Todavía no hay resultados de DXA: añada uno en la página Densitometrías para ver cómo están sus huesos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="158"/>
        <source>The scan of {date} could not be classified: add the T-score the report gives for the spine or hip on the Scans page (BMD alone is used only from a Hologic scanner), or the Z-score where that applies.</source>
        <translation>La densitometría del {date} no se pudo clasificar: añada en la página Densitometrías la puntuación T que da el informe para la columna o la cadera (la DMO sola solo se usa con un densitómetro Hologic), o la puntuación Z cuando corresponda.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="164"/>
        <source>Read with the Z-score (compared with people of your age), as is usual before menopause and for men under 50; the WHO T-score bands do not apply.</source>
        <translation>Interpretado con la puntuación Z (comparada con personas de su edad), como es habitual antes de la menopausia y en hombres menores de 50 años; las bandas de puntuación T de la OMS no se aplican.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="252"/>
        <source>Exercise — last 7 days against weekly targets</source>
        <translation>Ejercicio: últimos 7 días frente a los objetivos semanales</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="257"/>
        <source>Black tick: target · red dashed tick: upper limit</source>
        <translation>Marca negra: objetivo · marca roja discontinua: límite superior</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="278"/>
        <source>Nutrition — daily average over the last {days} days</source>
        <translation>Nutrición: media diaria de los últimos {days} días</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="282"/>
        <source>{days} of {window} days logged: log meals on at least {least} days to judge your intake</source>
        <translation>{days} de {window} días registrados: registre las comidas al menos {least} días para valorar su ingesta</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="284"/>
        <source>{days} of {window} days logged</source>
        <translation>{days} de {window} días registrados</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="287"/>
        <source>{note}; includes supplements</source>
        <translation>{note}; incluye suplementos</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="304"/>
        <source>Impact: keep it no higher than brisk walking (see the safety advice).</source>
        <translation>Impacto: no más que caminar a paso ligero (vea los consejos de seguridad).</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="308"/>
        <source>Impact sessions: {count} in the last 7 days.</source>
        <translation>Sesiones de impacto: {count} en los últimos 7 días.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="315"/>
        <source>no target (add a weight to the profile)</source>
        <translation>sin objetivo (añada un peso al perfil)</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="317"/>
        <source>not logged · target {target} {unit}</source>
        <translation>sin registrar · objetivo {target} {unit}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="319"/>
        <source>not logged · {goal}</source>
        <translation>sin registrar · {goal}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="322"/>
        <source>{value} of {target} {unit}</source>
        <translation>{value} de {target} {unit}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="326"/>
        <source>above the upper limit of {upper}</source>
        <translation>por encima del límite superior de {upper}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="328"/>
        <source>limit {limit}</source>
        <translation>límite {limit}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="415"/>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="479"/>
        <source>Select a patient to see their plan.</source>
        <translation>Seleccione un paciente para ver su plan.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="484"/>
        <source>This patient is no longer in the database.</source>
        <translation>Este paciente ya no está en la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/pane.py" line="504"/>
        <source>Looking back: the plan as it stood on {date}; later entries are left out.</source>
        <translation>Mirando atrás: el plan tal como estaba el {date}; los registros posteriores no se tienen en cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/recommendations.py" line="58"/>
        <source>Why: {reason}</source>
        <translation>Por qué: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/recommendations.py" line="59"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/recommendations.py" line="108"/>
        <source>Nothing to act on right now. Keep logging so the plan stays current.</source>
        <translation>Nada que hacer por ahora. Siga registrando para que el plan esté al día.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="76"/>
        <source>Osteoporosis</source>
        <translation>Osteoporosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="77"/>
        <source>Low bone mass</source>
        <translation>Masa ósea baja</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="79"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="114"/>
        <source>significant loss</source>
        <translation>pérdida significativa</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="115"/>
        <source>significant gain</source>
        <translation>ganancia significativa</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="123"/>
        <source>first scan at this site</source>
        <translation>primera densitometría en esta zona</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="124"/>
        <source>no significant change</source>
        <translation>sin cambio significativo</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="130"/>
        <source>no significant change since {previous}; a significant loss since {first}</source>
        <translation>sin cambio significativo desde el {previous}; pérdida significativa desde el {first}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="132"/>
        <source>no significant change since {previous}; a significant gain since {first}</source>
        <translation>sin cambio significativo desde el {previous}; ganancia significativa desde el {first}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="136"/>
        <source>not comparable: {reason}</source>
        <translation>no comparable: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="138"/>
        <source>(against {date}; the scan before is not comparable)</source>
        <translation>(frente al {date}; la densitometría anterior no es comparable)</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="150"/>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="150"/>
        <source>Scan</source>
        <translation>Densitometría</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="151"/>
        <source>BMD g/cm²</source>
        <translation>DMO g/cm²</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="151"/>
        <source>T-score</source>
        <translation>Puntuación T</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="152"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="191"/>
        <source>(computed)</source>
        <translation>(calculada)</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="202"/>
        <source>From {first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="206"/>
        <source>Least significant change: {lsc} g/cm²</source>
        <translation>Mínimo cambio significativo: {lsc} g/cm²</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="278"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="278"/>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="281"/>
        <source>{months} months</source>
        <translation>{months} meses</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="282"/>
        <location filename="../ui/pages/plan/widgets.py" line="307"/>
        <source>{years} years</source>
        <translation>{years} años</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="286"/>
        <source>1 year after the last scan, because you are on treatment</source>
        <translation>1 año después de la última densitometría, porque está en tratamiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="288"/>
        <source>1 year after the treatment began, since it started after the last scan</source>
        <translation>1 año después de empezar el tratamiento, ya que empezó tras la última densitometría</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="290"/>
        <source>1 year after the last scan, because it showed significant loss</source>
        <translation>1 año después de la última densitometría, porque mostró una pérdida significativa</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="292"/>
        <source>{years} after the last scan: the interval for your lowest T-score without treatment (Gourlay 2012)</source>
        <translation>{years} después de la última densitometría: el intervalo para su puntuación T más baja sin tratamiento (Gourlay 2012)</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="295"/>
        <source>the usual 2 years after the last scan; ask your doctor what suits you</source>
        <translation>los 2 años habituales después de la última densitometría; pregunte a su médico qué le conviene</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="305"/>
        <source>Next DXA scan: no scan on record yet.</source>
        <translation>Próxima densitometría DXA: todavía no hay ninguna registrada.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="306"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="311"/>
        <source>Next DXA scan is due today ({why}). Ask your doctor about booking it.</source>
        <translation>La próxima densitometría DXA toca hoy ({why}). Pregunte a su médico por la cita.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="315"/>
        <source>Next DXA scan was due on {date} ({why}): overdue by {span}. Ask your doctor about booking it.</source>
        <translation>La próxima densitometría DXA tocaba el {date} ({why}): lleva {span} de retraso. Pregunte a su médico por la cita.</translation>
    </message>
    <message>
        <location filename="../ui/pages/plan/widgets.py" line="320"/>
        <source>Next DXA scan due on {date}, in {span} ({why}).</source>
        <translation>Próxima densitometría DXA el {date}, dentro de {span} ({why}).</translation>
    </message>
</context>
<context>
    <name>sex</name>
    <message>
        <location filename="../ui/widgets/i18n.py" line="45"/>
        <source>female</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../ui/widgets/i18n.py" line="45"/>
        <source>male</source>
        <translation>hombre</translation>
    </message>
</context>
<context>
    <name>shell.menus</name>
    <message>
        <location filename="../ui/shell/menus.py" line="62"/>
        <source>Automatic backup failed: {exc}</source>
        <translation>Falló la copia de seguridad automática: {exc}</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="66"/>
        <source>Today&apos;s backup: {made}</source>
        <translation>Copia de seguridad de hoy: {made}</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="74"/>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="74"/>
        <source>This database is on a PostgreSQL server: back it up with pg_dump (see docs/clinic-setup.md).</source>
        <translation>Esta base de datos está en un servidor PostgreSQL: haga la copia con pg_dump (vea docs/clinic-setup.md).</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="79"/>
        <source>Back up to</source>
        <translation>Guardar la copia en</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="79"/>
        <source>BoneTracker database (*.sqlite3)</source>
        <translation>Base de datos de BoneTracker (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="86"/>
        <source>Backup failed</source>
        <translation>Falló la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="88"/>
        <source>Backed up {patients} patients to {path} (verified).</source>
        <translation>Se copiaron {patients} pacientes en {path} (verificado).</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="98"/>
        <location filename="../ui/shell/menus.py" line="149"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="98"/>
        <location filename="../ui/shell/menus.py" line="121"/>
        <location filename="../ui/shell/menus.py" line="149"/>
        <source>Select a patient first.</source>
        <translation>Seleccione primero un paciente.</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="101"/>
        <source>Export the patient&apos;s data into</source>
        <translation>Exportar los datos del paciente a</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="109"/>
        <location filename="../ui/shell/menus.py" line="133"/>
        <location filename="../ui/shell/menus.py" line="169"/>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="109"/>
        <location filename="../ui/shell/menus.py" line="169"/>
        <source>Could not write to {folder}: {strerror}</source>
        <translation>No se pudo escribir en {folder}: {strerror}</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="112"/>
        <source>Exported {count} files to {folder}.</source>
        <translation>Se exportaron {count} archivos a {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="121"/>
        <source>Export reminders</source>
        <translation>Exportar recordatorios</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="124"/>
        <source>Export reminders to</source>
        <translation>Exportar los recordatorios a</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="125"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="133"/>
        <source>Could not write {target}: {strerror}</source>
        <translation>No se pudo escribir {target}: {strerror}</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="136"/>
        <source>Wrote 1 reminder to {path}</source>
        <translation>Se escribió 1 recordatorio en {path}</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="137"/>
        <source>Wrote {events} reminders to {path}</source>
        <translation>Se escribieron {events} recordatorios en {path}</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="138"/>
        <source>{written}: import it into your calendar app, and export again after logging doses to move them.</source>
        <translation>{written}: impórtelo en su aplicación de calendario y vuelva a exportar después de registrar dosis para moverlos.</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="163"/>
        <source>Export the FHIR bundle into</source>
        <translation>Exportar el paquete FHIR a</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="172"/>
        <source>Exported the FHIR bundle {name} to {folder}.</source>
        <translation>Se exportó el paquete FHIR {name} a {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="187"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="200"/>
        <source>&amp;Export report (PDF)…</source>
        <translation>Exportar in&amp;forme (PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="201"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="202"/>
        <source>&amp;Print report…</source>
        <translation>Im&amp;primir informe…</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="215"/>
        <source>&amp;Large print reports</source>
        <translation>Informes en letra &amp;grande</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="219"/>
        <source>Print and export reports with every font half as large again</source>
        <translation>Imprimir y exportar los informes con todas las letras una vez y media más grandes</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="233"/>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <location filename="../ui/shell/menus.py" line="234"/>
        <source>Save the chart as PNG or SVG</source>
        <translation>Guardar el gráfico como PNG o SVG</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../ui/widgets/forms.py" line="180"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="180"/>
        <source>cigarettes</source>
        <translation>cigarrillos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="181"/>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="181"/>
        <source>sessions a week</source>
        <translation>sesiones a la semana</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="182"/>
        <source>impacts</source>
        <translation>impactos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="182"/>
        <source>(RPE)</source>
        <translation>(esfuerzo percibido)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/units.py" line="25"/>
        <source>e.g. 5 ft 7 in or 5&apos; 7&quot;</source>
        <translation>p. ej., 5 ft 7 in o 5&apos; 7&quot;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/units.py" line="37"/>
        <source>from {low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/units.py" line="43"/>
        <source>ft and in</source>
        <translation>ft y in</translation>
    </message>
    <message>
        <location filename="../ui/widgets/units.py" line="72"/>
        <source>Optional; {allowed}</source>
        <translation>Opcional; {allowed}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/units.py" line="100"/>
        <source>{title} must be a number {allowed}, {example} (got {text})</source>
        <translation>{title} debe ser un número {allowed}, {example} (se escribió {text})</translation>
    </message>
    <message>
        <location filename="../ui/widgets/units.py" line="101"/>
        <source>{title} must be a number {allowed} (got {text})</source>
        <translation>{title} debe ser un número {allowed} (se escribió {text})</translation>
    </message>
    <message>
        <location filename="../ui/widgets/units.py" line="105"/>
        <source>{title} must be {allowed} (got {text})</source>
        <translation>{title} debe ser {allowed} (se escribió {text})</translation>
    </message>
</context>
<context>
    <name>widgets.forms</name>
    <message>
        <location filename="../ui/widgets/forms.py" line="293"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="296"/>
        <source>Delete?</source>
        <translation>¿Eliminar?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="297"/>
        <source>Delete {what}?{hint}</source>
        <translation>¿Eliminar {what}?{hint}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="304"/>
        <source>Reload theirs</source>
        <translation>Cargar la otra versión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="305"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="311"/>
        <location filename="../ui/widgets/forms.py" line="329"/>
        <source>Changed on another workstation</source>
        <translation>Modificado en otro puesto de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="312"/>
        <source>{sentence} was changed on another workstation since it was listed, so it was not deleted. The list now shows the changed version; delete it again if you still want to.</source>
        <translation>{sentence}: se modificó en otro puesto de trabajo después de mostrarse en la lista, así que no se eliminó. La lista muestra ahora la versión modificada; vuelva a eliminarlo si todavía lo desea.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="330"/>
        <source>{sentence} was changed on another workstation since you opened it, so your changes were not saved.</source>
        <translation>{sentence}: se modificó en otro puesto de trabajo después de que usted lo abriera, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/forms.py" line="336"/>
        <source>“{RELOAD_THEIRS}” discards your changes and shows the saved version. “{KEEP_EDITING}” keeps your changes in the form to copy them; to save them, reload and enter them again.</source>
        <translation>«{RELOAD_THEIRS}» descarta sus cambios y muestra la versión guardada. «{KEEP_EDITING}» mantiene sus cambios en el formulario para copiarlos; para guardarlos, vuelva a cargar e introdúzcalos de nuevo.</translation>
    </message>
</context>
<context>
    <name>workouts</name>
    <message>
        <location filename="../ui/pages/workouts/adherence_strip.py" line="31"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="52"/>
        <source>weight-bearing</source>
        <translation>con carga</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="53"/>
        <source>strength</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="54"/>
        <source>impact</source>
        <translation>impacto</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="55"/>
        <source>balance</source>
        <translation>equilibrio</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="57"/>
        <source>flexibility</source>
        <translation>flexibilidad</translation>
    </message>
    <message>
        <location filename="../ui/pages/workouts/page.py" line="58"/>
        <source>not weight-bearing</source>
        <translation>sin carga</translation>
    </message>
</context>
</TS>
