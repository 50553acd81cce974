<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>change</name>
    <message>
        <location filename="../domain/change.py" line="193"/>
        <source>different scanner makes ({first} then {then})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="197"/>
        <source>different machines ({first} then {then})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="201"/>
        <source>different vertebrae ({first} then {then})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="205"/>
        <source>different hip sides ({first} then {then})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="323"/>
        <source>no treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="325"/>
        <source>the trend ({rate:+.1f} %/year) is faster than published rates ({treatment}: up to {limit:.1f} %/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="333"/>
        <source>it reaches more than {years} years past the last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="383"/>
        <source>; judged against {date} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/change.py" line="387"/>
        <source>{first} and {then}: {why}{fallback}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>classification</name>
    <message>
        <location filename="../domain/bmd.py" line="121"/>
        <source>Normal bone density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="122"/>
        <source>Low bone mass (osteopenia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="123"/>
        <source>Osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="124"/>
        <source>Severe (established) osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="125"/>
        <source>Below the expected range for age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="129"/>
        <source>Within the expected range for age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="133"/>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="385"/>
        <source>hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="386"/>
        <source>vertebral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="387"/>
        <source>wrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="388"/>
        <source>upper arm (humerus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="389"/>
        <source>pelvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="390"/>
        <source>rib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="391"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="399"/>
        <source>; latest T {t_score:+.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="405"/>
        <source>by a low-trauma {site} fracture on {date}{latest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/bmd.py" line="409"/>
        <source>diagnosed osteoporosis in {year}{latest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../domain/guidance/advice.py" line="86"/>
        <source>Do first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="87"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="88"/>
        <source>Keep in mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="105"/>
        <source>Foods rich in {nutrient} include {foods}.{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="111"/>
        <source>Significant bone loss: {sites}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="112"/>
        <source>The loss is larger than the scanner&apos;s least significant change, so it is likely real. Talk to your doctor about it and review your exercise and nutrition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="118"/>
        <source>Significant bone gain: {sites}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="119"/>
        <source>The gain is larger than the scanner&apos;s least significant change. Keep going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="124"/>
        <source>Scans that cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="125"/>
        <source>Results from different scanner makes or machines (unless cross-calibrated), or over different vertebrae or hip sides, are not interchangeable: their difference is not judged as bone change. Ask for future scans on the same machine where possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="132"/>
        <source>Next DXA scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="133"/>
        <source>Ask your doctor whether a repeat DXA scan is due. Using the same machine makes the results comparable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="138"/>
        <source>Eat more calcium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="140"/>
        <source>Calcium above the upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="141"/>
        <source>Very high calcium intake, mostly from supplements, brings risks such as kidney stones. Talk to your doctor or pharmacist about your supplements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="147"/>
        <source>Vitamin D above the upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="148"/>
        <source>Over 4,000 IU a day for a long time can raise blood calcium and harm the kidneys. Talk to your doctor or pharmacist about your supplements; do not change a prescribed dose on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="153"/>
        <source>Get more vitamin D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="154"/>
        <source>Eat more protein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="155"/>
        <source>Eat more magnesium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="156"/>
        <source>Eat more potassium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="157"/>
        <source>Eat more vitamin K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="159"/>
        <source>Log your meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="160"/>
        <source>Log what you eat on most days (at least a week&apos;s worth in two weeks) so BoneTracker can check calcium, vitamin D and protein against the targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="166"/>
        <source>Add strength training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="167"/>
        <source>Do strength exercises on at least {target} days a week, 8-12 repetitions heavy enough to be hard by the last ones: e.g. {activities}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="173"/>
        <source>Practise balance every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="174"/>
        <source>About 15-20 minutes of balance training a day: e.g. {activities}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="179"/>
        <source>Move on your feet more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="180"/>
        <source>Aim for at least {target} minutes a week of weight-bearing activity: e.g. {activities}.{impact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="185"/>
        <source>Your exercise programme: {percent} % done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="186"/>
        <source>Bone and muscle respond to regular loading, so a programme helps only when it is done most weeks. If it is too long, too hard or painful, tell your physiotherapist: it can be adjusted rather than dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="193"/>
        <source>Protect your spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="194"/>
        <source>Avoid loaded or repeated forward bending and fast twisting: deep forward bends, sit-ups, toe touches, twisting while holding weights. Bend at the hips and knees to lift, and include back-extension exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="201"/>
        <source>Keep impact low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="202"/>
        <source>Keep impact no higher than brisk walking: no jumping, jogging or skipping. Put strength and balance exercises first; a physiotherapist can tailor a safe programme and say when impact can be built up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="209"/>
        <source>Prevent falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="210"/>
        <source>Practise balance daily, remove trip hazards (loose rugs, clutter), light stairs and night paths, and wear supportive shoes. Ask your doctor to review eyesight and any medicines that make you dizzy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="217"/>
        <source>Stopping smoking helps your bones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="218"/>
        <source>Smoking is a fracture risk factor. Your doctor, pharmacist or a stop-smoking service can help you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="224"/>
        <source>Cut down on alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="225"/>
        <source>Drinking 3 or more units a day raises fracture risk. Try alcohol-free days and smaller measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="231"/>
        <source>Log alcohol on more days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="232"/>
        <source>Alcohol is a fracture risk factor at 3 or more units a day. Log it (0 on alcohol-free days) on at least 7 days of 4 weeks so BoneTracker can judge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="238"/>
        <source>Talk to your doctor about treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="239"/>
        <source>{ask} Medication is a decision for you and your doctor; bring this plan along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="245"/>
        <source>Review long-term treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="246"/>
        <source>After {years} years on {kind} bisphosphonate, doctors review whether to continue or take a break. Talk to your doctor; do not stop or change a medicine on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="252"/>
        <source>Denosumab stopped: see your doctor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="253"/>
        <source>When denosumab stops without another bone medicine to follow it, the bone gained is lost quickly and the risk of several spine fractures rises. See your doctor now about what should follow; if another treatment was started, add it on the Medications page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="261"/>
        <source>{drug}: plan what follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="262"/>
        <source>{drug} is licensed for about {months} months, and the bone it builds is kept only when a bone medicine of another kind follows it. Talk to your doctor about the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="273"/>
        <source>{drug_title} mornings: calcium later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="274"/>
        <source>Calcium, food and drinks other than plain water stop {drug} from being absorbed. On the mornings you take it, swallow it on waking with a full glass of plain water and wait at least {minutes} minutes before breakfast; take a calcium supplement at another time of day. If that is how it went, all is well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="284"/>
        <source>Height loss: ask about a spine X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="285"/>
        <source>Losing height can be the only sign of a spine (vertebral) fracture, and such fractures often cause no pain. Ask your doctor whether a spine X-ray or a vertebral fracture assessment (VFA) on the DXA scanner is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="292"/>
        <source>Build leg and grip strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="293"/>
        <source>Your strength tests are below their norms. Strength exercises on at least 2 days a week, hard by the last repetitions, improve them; a physiotherapist can set the load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="300"/>
        <source>Vitamin D blood level low: discuss with your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="301"/>
        <source>Mention this result to your doctor, who can say whether a supplement is needed and how much; do not start high doses on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="307"/>
        <source>Kidney function: mention this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="308"/>
        <source>Some bone medicines depend on kidney function; mention this result to your doctor, and to anyone who prescribes you a bone medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="314"/>
        <source>Blood calcium {direction} the lab&apos;s range: discuss with your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="318"/>
        <source>A blood calcium outside the normal range needs a doctor&apos;s look before any change to calcium, vitamin D or bone medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="324"/>
        <source>Bone blood tests outside the lab&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="325"/>
        <source>Bone-turnover and parathyroid results outside the lab&apos;s range are for your doctor to interpret; mention them at your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="331"/>
        <source>FRAX result above the treatment threshold: talk to your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="335"/>
        <source>Your 10-year fracture probability is at a level where guidelines suggest considering treatment. Medication is a decision for you and your doctor; bring this result along.{extra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="341"/>
        <source>FRAX result: add the NOGG risk category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="342"/>
        <source>NOGG&apos;s thresholds depend on age, so BoneTracker reads a UK result by the risk category the NOGG calculator shows. Add it to the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="348"/>
        <source>Recalculate FRAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="349"/>
        <source>Something FRAX uses has changed since the result was worked out. Enter the worksheet again in the official calculator and record the new result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="355"/>
        <source>Set realistic goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="356"/>
        <source>The aim is stronger bones and fewer fractures, not necessarily a normal T-score. Changes take 12-18 months or more to show on DXA, and exercise and nutrition work best together; diet alone is seldom enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="365"/>
        <source>Your bone density is in the normal range. Keep up exercise and a calcium- and protein-rich diet to keep it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="370"/>
        <source>Your bone density is lower than a young adult&apos;s but not in the osteoporosis range. Exercise and nutrition together can help slow loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="375"/>
        <source>Your bone density is in the osteoporosis range. Exercise, nutrition and fall prevention all matter; talk to your doctor about your fracture risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="380"/>
        <source>Osteoporosis with a fragility fracture is called severe (established) osteoporosis. Talk to your doctor about your fracture risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="385"/>
        <source>Your bone density is below what is expected for your age. Talk to your doctor: they may look for a cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="390"/>
        <source>Your bone density is within the range expected for your age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="399"/>
        <source>The gain is larger than the scanner&apos;s least significant change, but it was made on denosumab, and without another bone medicine to follow it that gain is usually lost within about a year. See your doctor about what should follow denosumab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="412"/>
        <source>A bone broken with little force at the hip or spine (or, with low bone density, at the upper arm, pelvis or wrist) means osteoporosis, whatever the T-score. Talk to your doctor about your fracture risk; exercise, nutrition and fall prevention all matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="418"/>
        <source>Osteoporosis diagnosed earlier stays the diagnosis when later results improve, for example on treatment: the improvement is good news, and the care that brought it still applies. Talk to your doctor about your fracture risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="439"/>
        <source>calcium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="440"/>
        <location filename="../domain/guidance/advice.py" line="471"/>
        <source>milk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="440"/>
        <location filename="../domain/guidance/advice.py" line="471"/>
        <source>yogurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="443"/>
        <source>hard cheese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="443"/>
        <source>calcium-set tofu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="446"/>
        <source>fortified plant drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="452"/>
        <source>vitamin D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="453"/>
        <source>oily fish such as salmon or mackerel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="456"/>
        <location filename="../domain/guidance/advice.py" line="468"/>
        <source>eggs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="456"/>
        <source>fortified milk or cereals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="460"/>
        <source> Food alone rarely provides enough vitamin D; ask your doctor or pharmacist whether a supplement suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="467"/>
        <source>protein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="468"/>
        <source>fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="474"/>
        <location filename="../domain/guidance/advice.py" line="484"/>
        <location filename="../domain/guidance/advice.py" line="494"/>
        <source>beans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="474"/>
        <source>lentils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="477"/>
        <source>tofu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="480"/>
        <source>magnesium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="481"/>
        <source>nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="481"/>
        <source>seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="484"/>
        <source>whole grains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="487"/>
        <location filename="../domain/guidance/advice.py" line="497"/>
        <source>leafy greens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="490"/>
        <source>potassium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="491"/>
        <source>bananas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="491"/>
        <source>oranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="494"/>
        <source>potatoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="500"/>
        <source>vitamin K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="501"/>
        <source>kale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="501"/>
        <source>spinach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="504"/>
        <source>broccoli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="504"/>
        <source>Brussels sprouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="507"/>
        <source>lettuce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="508"/>
        <source> If you take warfarin or another blood thinner, talk to your doctor before changing how much vitamin K you eat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="517"/>
        <source>squats to a chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="520"/>
        <source>wall press-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="520"/>
        <source>resistance-band rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="523"/>
        <source>lifting weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="527"/>
        <source>tai chi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="530"/>
        <source>standing on one leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="530"/>
        <source>heel-to-toe walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="533"/>
        <location filename="../domain/guidance/advice.py" line="543"/>
        <source>dancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="537"/>
        <source>brisk walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="540"/>
        <source>stair climbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="540"/>
        <source>hiking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="544"/>
        <source>jogging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="547"/>
        <source>stepping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="547"/>
        <source>heel drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="550"/>
        <source>small jumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="555"/>
        <source>lumbar spine (L1-L4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="556"/>
        <source>femoral neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="557"/>
        <source>total hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="558"/>
        <source>total body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/advice.py" line="559"/>
        <source>forearm (33% radius)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/context.py" line="92"/>
        <source>your latest scan reads as {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/context.py" line="126"/>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="111"/>
        <source>you have taken an oral bisphosphonate for {taken:.1f} years since {date}; review is advised after {years} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="117"/>
        <source>you have taken an intravenous bisphosphonate for {taken:.1f} years since {date}; review is advised after {years} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="123"/>
        <source>oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="123"/>
        <source>intravenous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="134"/>
        <source>{drug}: started {start}, past its licensed {months} months on {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="138"/>
        <source>{drug}: ended {end} with no antiresorptive course after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/courses.py" line="145"/>
        <source>the denosumab course that started {start} ended on {end} and no other bone medicine (a bisphosphonate or denosumab) was started within {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="64"/>
        <source>{n} months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="65"/>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="72"/>
        <source>no dose logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="75"/>
        <source>course start {date} ({ago})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="77"/>
        <source>last dose {date} ({ago})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="80"/>
        <location filename="../domain/guidance/rules/habits.py" line="224"/>
        <location filename="../domain/guidance/rules/habits.py" line="239"/>
        <source>{n} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="80"/>
        <location filename="../domain/guidance/rules/habits.py" line="224"/>
        <location filename="../domain/guidance/rules/habits.py" line="239"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="81"/>
        <source>due {date}, {days} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="85"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="86"/>
        <source>{drug}: {last}; {late}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="96"/>
        <source>Denosumab injection overdue: contact your doctor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="97"/>
        <source>Denosumab protects bone only while the injections keep coming every {months} months. More than {months} months and {weeks} weeks after the last one, bone loss rebounds quickly and the risk of several spine fractures rises. Contact your doctor or clinic now to arrange the injection, or log it if it was given. Do not stop denosumab without a plan from your doctor for what follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="107"/>
        <source>Dose overdue: {drugs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="108"/>
        <source>If you took it, log the dose so your reminders stay right. If you missed it, follow the package leaflet or ask your pharmacist what to do: do not take two doses on one day to catch up. Talk to your doctor if doses are hard to keep to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="140"/>
        <source>a calcium supplement ({mg:.0f} mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="142"/>
        <source>a breakfast with {mg:.0f} mg calcium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="147"/>
        <source>{date} ({drug} taken): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="148"/>
        <location filename="../domain/guidance/rules/medical.py" line="85"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="158"/>
        <source>and {n} more day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="158"/>
        <source>and {n} more days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/doses.py" line="160"/>
        <source>you logged {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="43"/>
        <source>{nutrient} averaged {value:.0f} {unit}/day over {days} logged days; your target is {target:.0f} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="57"/>
        <source>, of which {amount:.0f} mg from supplements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="61"/>
        <source>calcium averaged {value:.0f} mg/day over {days} logged days{extra}; the upper limit for your age is {limit} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="71"/>
        <source>, of which {amount:.0f} IU from supplements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="75"/>
        <source>vitamin D averaged {value:.0f} IU/day over {days} logged days{extra}; the upper limit is {limit} IU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="82"/>
        <source>{days} of the last 14 days have meals logged; {needed} are needed to judge your intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="97"/>
        <source>; your blood 25-hydroxyvitamin D was {value} on {date} ({reading})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="114"/>
        <source> (last 4 weeks: {average:.1f} a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="124"/>
        <source>{n} strength session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="125"/>
        <source>{n} strength sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="127"/>
        <source>{sessions} in the last 7 days{average}; the target is at least {target} a week{weak}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="139"/>
        <source>{minutes} minutes of balance training in the last 7 days{average}; the target is {target} minutes a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="149"/>
        <source> Keep impact no higher than brisk walking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="151"/>
        <source> Add moderate impact on most days, e.g. {activities}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="154"/>
        <source>{minutes} minutes of weight-bearing activity in the last 7 days{average}; the target is {target} minutes a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="179"/>
        <location filename="../domain/targets.py" line="154"/>
        <source>a vertebral fracture is on record ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="197"/>
        <source>{n} fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="197"/>
        <source>{n} falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="199"/>
        <source>{falls} in the last 12 months, latest {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="207"/>
        <source>you are {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="225"/>
        <source>you logged {total} cigarettes on {days} in the last 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="230"/>
        <source>you are recorded as a current smoker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="240"/>
        <source>alcohol is logged on {days} of the last 28 ({units:.0f} units in all); {needed} logged days are needed to judge it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/habits.py" line="249"/>
        <source>alcohol averaged {mean:.1f} units a day ({week:.0f} units a week) over {days} logged days in the last 28 days; 3 or more units a day is a fracture risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="27"/>
        <source> on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="36"/>
        <source>your 25-hydroxyvitamin D was {value}{when}: {reading} (20 ng/mL, 50 nmol/L, is adequate for most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="44"/>
        <source>your eGFR was {value:g} {unit}{when}, below {limit:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="53"/>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="53"/>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="55"/>
        <source>your serum calcium was {value}{when}, below the lab&apos;s range of {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="59"/>
        <source>your serum calcium was {value}{when}, above the lab&apos;s range of {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="75"/>
        <source>{test} {value:g} {unit}{when} is below the lab&apos;s range of {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="79"/>
        <source>{test} {value:g} {unit}{when} is above the lab&apos;s range of {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="95"/>
        <source>at least {low:g} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="96"/>
        <source>up to {high:g} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="108"/>
        <source> NOGG suggests referral to an osteoporosis specialist at very high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="112"/>
        <location filename="../domain/guidance/rules/measures.py" line="118"/>
        <source>your FRAX result: {result}; {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/measures.py" line="125"/>
        <source>your FRAX result of {date} was worked out before a change in: {changed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="32"/>
        <source>a previous fragility fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="34"/>
        <source>glucocorticoid (steroid) treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="36"/>
        <source>a parent&apos;s hip fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="38"/>
        <source>a cause of secondary osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="40"/>
        <source>rheumatoid arthritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="58"/>
        <source>a low-trauma {site} fracture on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="64"/>
        <source>lowest site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="66"/>
        <source>T-score {value:+.1f} at the {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="70"/>
        <source>osteoporosis diagnosed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="77"/>
        <source>a low-trauma {site} fracture on {date} with low bone mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="86"/>
        <source>low bone mass with {factors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="95"/>
        <source>significant loss at the {sites}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="99"/>
        <source>Ask your doctor whether your current treatment is working as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/medical.py" line="101"/>
        <source>Talk to your doctor about whether a bone medicine is right for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/programme.py" line="15"/>
        <source>{items_done} of {items} prescribed exercises ({percent:.0f} %) and {sessions_done} of {sessions} sessions were done in the {weeks} weeks from {start}; below {alert} % the programme is unlikely to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="28"/>
        <source>osteoporosis {basis}; no DXA scan is on record yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="31"/>
        <source> Add your DXA result when you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="40"/>
        <source>no DXA scan is on record yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="41"/>
        <source>Add your DXA result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="42"/>
        <source>Enter your latest DXA report (BMD and T-score for each site) so BoneTracker can show where you stand and track change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="50"/>
        <source>the scan of {date} has no usable score at the spine, hip or forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="56"/>
        <source>; a T-score is not computed from {make} BMD (the reference is on the Hologic scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="67"/>
        <source>Your scan could not be classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="68"/>
        <source>Before menopause and for men under 50 the report&apos;s Z-score is needed; otherwise the T-score the report gives for the spine or hip (BMD alone is used only from a Hologic scanner). Check the report and add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="79"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="81"/>
        <source>Z-score {value:+.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="83"/>
        <source>T-score {value:+.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="84"/>
        <source>the lowest site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="85"/>
        <source>lowest {score} at the {site} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="89"/>
        <source>, with a fragility fracture on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="91"/>
        <source>osteoporosis {basis} (AACE/ACE 2020: the diagnosis stands); {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="111"/>
        <source>{site} BMD {delta:+.3f} g/cm² ({percent:+.1f} %) from {start} to {end}; the least significant change is {lsc:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="120"/>
        <source> (not comparable: {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="152"/>
        <source>; denosumab stopped on {date} without a follow-on treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="165"/>
        <source>{sites}: scans of {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="174"/>
        <source>1 year: you are on treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="175"/>
        <source>1 year after starting treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="176"/>
        <source>1 year: the last scan showed significant loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="177"/>
        <source>{years}: the interval for your lowest T-score without treatment (Gourlay 2012)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="180"/>
        <source>2 years: the usual interval; ask your doctor what suits you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="191"/>
        <source>{n} year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="191"/>
        <source>{n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="194"/>
        <source>your last scan was on {last}; the next was due on {due} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="196"/>
        <source>your last scan was on {last}; the next is due on {due} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="205"/>
        <source>{scans} on record, the latest on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="206"/>
        <source>{n} scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/guidance/rules/scans.py" line="206"/>
        <source>{n} scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/targets.py" line="160"/>
        <source>a hip fracture is on record ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/targets.py" line="164"/>
        <source>{n} low-trauma fractures are on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/targets.py" line="169"/>
        <source>a fall in the last 12 months ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/targets.py" line="176"/>
        <source>you are {age} and no physiotherapist has cleared impact exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <location filename="../domain/measures/frax.py" line="66"/>
        <source>US (Caucasian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="67"/>
        <source>US (Black)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="68"/>
        <source>US (Hispanic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="69"/>
        <source>US (Asian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="70"/>
        <source>UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="71"/>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="72"/>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="73"/>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="74"/>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="75"/>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="76"/>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="77"/>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="78"/>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="79"/>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="80"/>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="81"/>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="82"/>
        <source>another country model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="138"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="139"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="140"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="142"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="147"/>
        <source>Previous fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="151"/>
        <source>Parent fractured hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="156"/>
        <source>Current smoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="160"/>
        <source>Glucocorticoids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="164"/>
        <source>Rheumatoid arthritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="169"/>
        <source>Secondary osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="174"/>
        <source>Alcohol 3 or more units/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="179"/>
        <source>Femoral neck BMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="203"/>
        <source>a fracture recorded since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="206"/>
        <source>a femoral-neck scan since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="224"/>
        <source>NOGG thresholds depend on age: enter the risk category the NOGG calculator shows with this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="230"/>
        <source>low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="231"/>
        <source>intermediate risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="232"/>
        <source>high risk (above the intervention threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="234"/>
        <source>very high risk (above the upper intervention threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="237"/>
        <source>NOGG category: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="242"/>
        <source>hip {value:g} % is at or above {limit:g} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="245"/>
        <source>major osteoporotic {value:g} % is at or above {limit:g} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="249"/>
        <source>below the BHOF thresholds (hip {hip:g} %, major {major:g} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="258"/>
        <source>with BMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="258"/>
        <source>without BMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/frax.py" line="260"/>
        <source>10-year probability major osteoporotic {major:g} %, hip {hip:g} % ({model} model, {bmd}, {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/height.py" line="46"/>
        <source>from your tallest measured height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/height.py" line="48"/>
        <source>within about 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/height.py" line="49"/>
        <source>your height fell {loss:.1f} cm {what} ({from_cm:.1f} cm on {from_date} to {to_cm:.1f} cm on {to_date}); {threshold:.0f} cm or more is a reason to look for spine fractures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="72"/>
        <source>below 12 ng/mL: deficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="75"/>
        <source>12-20 ng/mL: inadequate for some people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="77"/>
        <source>20 ng/mL or more: adequate for most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="81"/>
        <source>below 35: some bone medicines depend on kidney function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="85"/>
        <source>35 or more: above the kidney limit in the labels of alendronate and zoledronic acid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="93"/>
        <source>below the lab&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="94"/>
        <source>above the lab&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="95"/>
        <source>within the lab&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/labs.py" line="96"/>
        <source>no range given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="76"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="77"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="85"/>
        <source>12 s or more: increased fall risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="86"/>
        <location filename="../domain/measures/norms.py" line="90"/>
        <location filename="../domain/measures/norms.py" line="94"/>
        <source>increased fall risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="89"/>
        <source>15 s or more: increased fall risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="93"/>
        <source>under 10 s in tandem stance: increased fall risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="98"/>
        <source>under {cut:.0f} kg ({sex}): probable sarcopenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="100"/>
        <source>low muscle strength (probable sarcopenia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="103"/>
        <source>0.8 m/s or slower: low physical performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="104"/>
        <source>slow walking speed (low physical performance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="108"/>
        <source>norms from age 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="110"/>
        <source>under {stands} stands at {age} ({sex}): below average, fall risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/norms.py" line="113"/>
        <source>below-average leg strength for age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="16"/>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="17"/>
        <source>TUG (Timed Up and Go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="18"/>
        <source>30-second chair stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="19"/>
        <source>five-times sit-to-stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="20"/>
        <source>tandem stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="21"/>
        <source>grip strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="22"/>
        <source>gait speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="91"/>
        <source>your {name} of {value} {unit} on {date} is at or below the {cut} {unit} cut-off ({meaning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="94"/>
        <source>your {name} of {value} {unit} on {date} is at or above the {cut} {unit} cut-off ({meaning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="97"/>
        <source>your {name} of {value} {unit} on {date} is below the {cut} {unit} cut-off ({meaning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/measures/summary.py" line="103"/>
        <source>, better than {value:g} {unit} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
