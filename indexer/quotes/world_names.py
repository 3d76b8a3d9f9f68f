"""Given names of many countries, by gender (``python -m benchmarks.given_names``).

From the person providers of Faker (MIT licence, (c) 2012 Daniele Faraglia) for the
locales de_AT, de_CH, de_DE, es_ES, es_MX, es_AR, es_CO, es_CL, it_IT, fr_FR, fr_BE, pt_PT,
pt_BR, nl_NL, pl_PL, sv_SE, no_NO, da_DK, fi_FI, cs_CZ, hr_HR, sl_SI, sk_SK, hu_HU, ro_RO,
tr_TR, ru_RU;
names the news corpus uses as ordinary words or places, and surnames, are left out.
"""

__all__ = ["EITHER", "FEMALE", "MALE"]

MALE = """
aage aapo aarne aaro aaron aarón aatos abbas abdelkader abdellah abdirahman abdiş abdul
abdulbekir abdulgazi abdulkadir abdullah abdullahi abdulmenaf abdulsemet abdurrahman abdón
abdülahat abdülcemal abdülhadi abdülkerim abdülsamed abdürreşit abel abelardo abid abilio abner
abraham abram abuzar acar achille achim aclan adak adalbert adalberto adam adamo adasal adelardo
adelbert adelin adelmo adem adil adis adlan admir adnan adolf adolfo adonis adrian adriano
adrien adrián adán adıgün afer afonso afrim agapito agim agne agnolo agnos agostino agron
agustin agustín ahat ahmad ahmet ahsen ahti aiden aimo aimé aitor ajan akalan akar akatay akbaş
akboğa akcivan akdora akdurmuş akgöl aki akif akkerman akmaner aksay aksel akseli aksöğüt
aktemür akver akçabay akçasu aköz akınal alaaddin aladino alaeddin alain alamiro alan alanalp
alattin alban albano albeiro alberico albert alberto albin albino albrecht albín alcan alcides
aldair aldemar alderano aldin aldo alejandro alejo aleks aleksandar aleksander aleksandr
aleksanteri aleksej aleksi alen aleodor alessandro alessio alexandar alexander alexandr
alexandre alexandros alexandru alexe alexei alexej alexi alexis aleš alf alfio alfons alfonso
alfonz alfred alfredo alfréd algot aliabbas aliihsan alin alirio aliro aliseydi alistar aljaž
aljoša alkor allan almir almus alois alojz alojzij alonso aloys alparslan alpcan alphons
alphonse alpin alpsü altin altoğan altuğ altınkaya altınışın alvar alvaro alve alveiro alwin
amadeo amador amancio amando amaro amaru amaury amaç ambrosio ambróz amedeo amedeu amico amin
amine amleto amza américo amílcar anacleto anas anastasio anastasios anatol anatoli anatolie
anatolij ancizar andiç andor andre andreas andree andrei andrej andres andrew andrey andri
andrian andrija andrin andrzej andrás andré andréas andrés andy anej anes angel angelino angelo
anghel annak annibale ansaldo anselm anselmo ansgar anssi antero anthony antim anto antoine
anton antonello antoni antonin antonino antonio antonios antoniu antonius antony antonín antti
antónio antônio anyelo aníbal anže apaydın apolinar apollo apostolos aquiles aran arben arbey
arbnor arcan arda ardian ardit argemiro argu ari arian aribert arie arif arifcan arild aristide
aristides arkadiusz arkut arley arlind armand armando armend armin arnaldo arnaud arnd arndt
arne arnfried arnim arno arnold arnoldo arnošt arnulf arnulfo aron arpağ arpád arsenie arsenio
arsim artan artemio arthur arto arttu artturi artur arturo aru arvid arvo arıel arıkol arısoy
asafe asalet asbjørn asdrubal asger asko aslanhan assar aston astrit asım atagün atalay atasagun
atatöre atenulf atgun athanasios atila atilhan atilio atnan atte attila atılgan augustin augusto
augustín aukusti aulis aurel aurelian aureliano aurelio aurică aurélien avelino avgust avni
avram avşin axel axinte ayaydın aybora ayden aydinç aydınbey aygutalp aykutalp aymeric ayoub
aypar aysoy aytek aytuna ayvas ayşan azeglio azettin aziz açıkel ağakişi ağmur aşir baba baccio
bahaddin bahittin bairon bajram baki balatekin baldassare baldomero balduino baldur bali
baltasar baltazar baltaş balthasar balz balázs baptist baptiste barak barbu baris bariş barna
barnabás barsen bart bartek bartholomäus bartolomej bartolomeo bartolomeu bartolomé barışcan
basarab bashkim basil basile basilio bastiaan bastian bastien bastián basım baturay batırhan
baudelio baudouin baydu baykan bayman bayram bayron bayruhan baytal bayzettin bağdaş başay
başhan başok beau beda bedi bedri bedřich behrem bekbay bekim bekir bektaşi bela belarmino
belisario bellisan belo ben bence bendegúz benedek benedetto benedict benedicto benedikt
bengibay bengt beni beniamin benicio benigno benito benjamim benjamin benjamín benjámin benno
benny benol benone benoît bento benvenuto benício beppe berat beren berend berkal berki berksay
bernabé bernard bernardino bernardo bernd berndt bernfried bernhard bernt bernward berran bert
bertalan berthold bertil berto bertold bertram bertrand besart besim besin besnik beyda beyler
beyzade beňadik biagio bican bilal bilender bilgen bilgütay billy biltaş binbaşar binışık birger
birsen bişar bjarne bjorn björn bjørn bladimir blahoslav blas blaž blažej blerim boaz bob boban
bobby bodo boe bogdan bogomir bohdan bohumil bohumír bohuslav bohuš bojan boleslav bonifacio
bonifác borahan borataş boris borja borris borut borys botond boynak bozbağ bozerk boztaş
boğatimur bořivoj boštjan božo brahim bram branislav branko braulio brayan breno brent brian
brice brieuc bror bruno bryan brăduț bucur buhari bujar bulunç burak burakhan burckhard burghard
burim burkard burkhard burkhardt burç buyrukhan byron bystrík bálint béla börje börteçin bøje
børge büget bünyamün bănel błażej břetislav caio caius calcedonio caleb calebe calisto calixto
calogero calvin camil camillo camilo canberk candelario candeniz cangür cansin cantemir cantez
carl carlito carlo carlos carmelo carsten cas casemiro casian caspar casper cauã cauê cavit
cayetano cazimir cebesoy cebrián cecilio cedric cedrin ceferino celal celestino celilay cem
cemal cemalettin cemil cengiz cercis cesar cesare cetin cevheri cezar cezary cezayir charles
charly che chema chris christer christian christof christofer christoffer christoph christophe
christopher christos chucho chuy cihandide cindoruk ciprian cipriano ciriaco ciril cirillo
cirino ciro ciríaco claas claes clas claudio claudiu claudius claudy claus clavs clemens
clemente cleto clodomiro cláudio clímaco codin codrin codruț colin coluccio conrado constantin
corentin coriolano cornel cornelio cornelis corneliu cornelius corrado corsin corvin cosimo
cosme cosmin costache costantino costanzo costel costin coşkun crin cristea cristhian cristhofer
cristian cristiano cristián cristobal cristofer cristofor cristopher cristóbal csaba csongor
ctibor ctirad cuman curdin curro curt custodio cvetko cyprian cyprián cyril cyrill cyrille
czeslaw cándido cédric célestin césar côme cüneyit călin cătălin daan dacian dag dagobert
dagoberto dairo dalan dalibor dalkılıç damian damiano damien damijan damir damián damjan dani
daniel daniele danijel danilo daniël danny dante dany danış dardan dario dariusz darko darío
dave davi david davide davorin dawid dayar dağistan decebal deiby delfino delil demeter demetrio
demian demirbüken demiriz demirok demiryürek denizalp denkel dennis denny derek derkay desiderio
detlef detlev devin deviner dex dezider dezső değmeer diar dick didier diedrich diego dierk
dieter diethard diethelm diether dietmar dietrich diken dilan dilder dimas dimitri dimitrios
dincer dinis dino dinu dinçkol dinçsü diogo dion dionigi dionisio dionýz dirican dirk dirlik
ditmar dittmar dobroslav dogan dolun dom domagoj domen domenic domenico dominic dominik donald
donat donatello donato dorel dorian dorin dorinel doru dorukhan doğanalp doğanşah doğuhan dragan
drago dragoș dragutin drahomír drahoslav dražen drilon driton dubán ducu duilio duje dumitru
duracan durdali durmuşali dursun duruk duruöz dusan duuk duván dušan dylan dylano dániel dávid
dénes dölensoy dündaralp eba ebbe eberhard eberhardt ebuakil ecemiş eckard eckart eckehard
eckhard eckhardt eckhart eddie eddy edelbert edelmiro eder edgar edgard edgardo edgübay edier
edilberto edilson edin edinson edison edisson edmond edmund edmundo edoardo edon edouard edson
edu eduar eduard eduardo edvard edvin edwar edward edwin eelis eemeli eemil eerik eero eetu
eflâtun efrain efraín efrén efser eftimie egbert eggert egil egon egzon ehrenfried ehrhard eider
einar einari eino eirik eithan eivind ekber ekkehard ekkehart ekmel ekrem eladio eleazar elemér
eleodoro eleuterio elhan elian elias elie eliecer eligio elio eliot eliott elis eliseo eliáš
elkin elladio elliot elmar elmer elmeri elmo elnur elof eloy elpidio elton elver elvin elvis
elyas elías elöve emanoil emanuel emanuele emanuil emigdio emil emile emilian emiliano emilien
emilio emin emiro emirşan emmanuel emmerich emre emrullah enar endre endrit enea enes engelbert
engin enginiz enis ennio enno enrico enrique ensar ensari ensio enver enzio epifanio eral eraldo
erasmo eraycan erbil ercan ercihan erdal erdemer erdibay erdogan erdursun eremia eren erenalp
erensoy ergener erginel ergönül ergün erhard erhardt eric erich erick erik erinçer erion erkan
erkinel erkki erksoy erkılıç erland erling ermanno ermenegildo ermes ermutlu ernest ernesto ernő
erol eroğul ersel erseç ertan erten ertuncay ertün ervin ervín erwan erwin eryk eryıldız eröz
erşat esben esenbay esentürk eskil eskinalp esko esneider espartaco espen espiridión esteban
estiven ethan etienne ettore eugenio eugène eulogio eusebio eusebiu eustaquio eustațiu eutimio
eutropio evald evan evangelos evaristo evcimen evelio evert evrimer exequiel eydan eyyüp
ezequiel ezgütekin ezio eşref faas faber fabian fabien fabio fabián fabrice fabricio fabrizio
facundo fadil fahrullah falk falko fami farid faruk fatih fatmir faton faustino fausto fazul
fedde fedele federico federigo fedor fehim feliciano feliks felipe felix fenni ferat ferdi
ferdinand ferdinando feremez ferenc ferihan fermín fernand fernando ferney fersan ferzi fetullah
feyruz feza fidel filip filipe filippo filit finn fiodor fiorenzo fiorino fisnik fitim fito
flamur flavio flaviu flemming florea florencio florent florentin florentino florian floridor
florim florin floris florián flurin folke folker folkert fortunato fran francesco franci
francisc francisco franciszek franck franco franjo frank frans františek franz françois
frančišek fred freddy frede frederic frederico frederik fredi fredo fredric fredrik fredy
fridolin fridrich friedbert friedemann frieder friedhelm friedhold friedo frithjof fritz frode
froilán fryderyk frédéric fulgencio fulvio fuzuli fynn fábio félix gabin gabino gabor gabriel
gael gaetano gal galasso galip galvarino gani gary gaspar gaspard gaspare gaston gastone gastón
gazel gazmend gaël gaëtan gašpar gebhard geert geir gejza gelu genaro gencaslan gennaro gençay
geoffrey geoffroy georg george georgel georges georgian georgios geovanny gerald geraldo gerard
gerardo geray gereon gerfried gergely gergő gerhard gerhardt gerhart germain german germán
gernot gero gerold gerolf geronimo gerrit gerson gert gervasio gerwin gerónimo ghenadie gheorghe
gheorghiță ghislain ghiță giacinto giacobbe giacomo giampaolo giampiero gian giancarlo
gianfrancesco gianfranco gianluca gianluigi gianmarco gianni gianpaolo gianpietro gicu gică giel
gijs gil gilbert gilberto gildardo gilles gillis gino ginyas gioacchino gioachino gioele gioffre
gion gionata giorgian giorgio giosuè giovanni giovanny girolamo gisbert giuliano giulio giuseppe
giustino giz glauco godofredo goffredo gonzalo gonçalo goran gorazd gorm gottfrid gottfried
gotthard gotthilf gotthold gottlieb gottlob goyo graciano graziano grațian grega greger gregor
gregorian gregorio gregory grigore grzegorz grégoire grégory guarino guenter guenther guglielmo
guido guilherme guillaume guillermo guiseppe gumercindo gunar gundolf gunnar gunter guntram
gustaf gustav gustave gustavo gustaw gustáv gusztáv guus guy gyula györgy győző gzim gábor
gérald gérard géza gökay gökbudun göken gökhan göknur göksev gökten gökçebalan gökçil gönen
göran görgünay görklü gösta göte götz gözel gücal gülağa gülel güleğen gülşahin gümüştekin
günaydin günden gündüzalp güneri güngördü günkurt günser günter günther günşen gürarda gürelcem
gürsal güçal güçlüer güçyeter haciali hadrien hajo hakan hakikat halidun halil haluk hami hamid
hampus hamza hanedan hannes hanni hanno hanns hannu hans hansgeorg hansjoachim hansjörg hansjürg
hansjürgen hanspeter hansruedi hansueli haralamb haralambie harald haris hariz harol harold
haroldo harri harro harry hartmut hartmuth hartwig harun hasan hasbek hasso hatem hayali hayret
hazrat hector heikki heiko heimo heinfried heini heino heinrich heinz heitor hekmet helfried
helge heliodoro hellmut hellmuth helmar helmer helmut helmuth hendrik henner henning henric
henrich henrik henrikki henrique henry henryk heraclio heraldo herbert herberto heribert
heriberto herman hermann hermanni hermenegildo hermes herminio hernando herney hernán hervé
herwig heyvetullah hicham hidde hidir hilario hilding hilmar hindal hinrich hipólito hiçsönmez
hjalmar hjalte holger homero honoré horacio horațiu horea horia horst horymír hrvoje hubert
hubertus hudavent hugo hugues humberto hunalp hunor huzuri hynek håkan håkon håvard héctor
hükümdar hürdoğan hüryaşar hüseyin hüsmen hıfzullah iacob ian iancu ianis ib ibán idriz idık
ieremia ignacio ignacy ignatz ignaz ignazio ignác igor iisakki iker ilari ilarie ilarion
ildefonso ilgı ilhan ilias ilie ilija ilir ilja ilkka ilmari ilyas imer immo imran imre imrich
ingbert ingemar ingmar ingo ingolf ingvar inocencio inocențiu ioan ioannis ionel ionică ionuț
iosif ippazio irfan irinel isaac isac isak isaque isaías isidor isidoro isidro ismael ismail
ismaël ismet ismo ismık istvan istván iulian iuliu iurie iustin iustinian ivan ivano ivar iver
ivo iván iwan iwo izidor iztok iñaki iľja işıkay işıman jaakko jacek jacinto jack jacky jacob
jacobo jacopo jacques jader jafet jaider jaime jair jairo jaka jake jakob jakov jakub jalmari
jamal james jamie jan janez jani janic janick janik janis jankat janko jann jannik jannis jano
janos janosch janus janusz jari jarkko jarl jarmo jarno jarolím jaromír jaron jaroslav jaroslaw
jasin jason jasper javi javier jay jayden jayson jeferson jeffrey jeison jeisson jelle jelte
jenaro jenel jenő jeppe jere jeremi jeremias jeremy jeremías jerguš jerker jerman jernej jerome
jerry jerson jerzy jerónimo jerôme jesper jessy jesús jetmir jeton jhan jhoan jhon jhonatan
jhonny jhony jim jimmie jimmy jindřich jip jiri jiří joachim joacim joakim joao joaquim joaquin
joaquín jobst jochem jochen joel joep joerg joey joffrey johan johann johannes johans john
johnnie johnny jon jona jonah jonas jonatan jonathan joni jonny jonás jonáš joona joonas
joonatan joost jordan jordi jordy jordán jorge joris jorma jorn jort jos jose josef josep joseph
joshua josip joso jost josua josue josué jouko jouni jovan jozef jozo joão joël joško jožef juan
juanito juergen juhana juhani juho jukka julian julien julius juliusz julián juraj jure juri
jurij jurre jussi justin justus jusuf juuso juvenal jyrki ján jános jérémie jérémy jérôme józef
józsef jörg jörgen jörn jørgen július jürg jürgen kaan kaarlo kacper kahir kai kaique kaj
kajetan kalervo kalevi kalgay kalle kamar kamil kanak kanpulat kapagan karabaş karaca karaer
karakucak karanbay karataş karcan karel karim karl karlfried karlheinz karlo karlukhan karsten
kasim kasimir kaspar kasper kastriot kauko kavurt kayagün kaygusuz kayrabay kayıt kazim
kazimierz kazimír kaşif keano keijo keld kelâmi kemal ken kenan kenn kennet kenneth kenny kenter
kenth kenzo kerim kerman kete kevin khaled khalid kian kibar kike kilian killian kimmo
kiramettin kiyasi kjeld kjell kjetil klaas klas klaus klavs klemen klemens klement kliment knud
knut kocabaş koen koldan koloman konguralp konrad konstantin konstantinos konstanty konštantín
kopan koray korbinian korkmazalp kornel kornelius kornél korugan kotuz koçak koçkan koşukhan
krister kristian kristijan kristián kristjan kristofer kristoffer kristóf krisztián krisztofer
krištof krystian kryštof krzysztof ksawery kuddusi kujtim kullervo kumar kunibert kuno kurt
kushtrim kustaa kutay kvetoslav kyan kyano kylian kyllian kálmán károly kâmil kåre kévim kévin
köker köktaş kösemen kürşad kılıçbay kınel kırat kırgız kıvılcım kızıl kızıltunç labinot
ladislau ladislaus ladislav lajos lalo lamberto lando lars lascăr lassi laszlo laureano laurens
laurent laurenz laurențiu lauri laurian laurin laurits laus laust lautaro lazzaro lazăr leander
leandro leano leart ledion ledün leevi leif lenin lenn lennard lennart lennarth lenny leo
leocadio leon leonard leonardo leoncio leone leonel leonhard leontin leopold leopoldo leordean
leoš leszek levente levi levin levoslav lex león leónidas liam lian lias libardo liberto libor
lică lino linus lio lionel liridon lirim lisandro livio liviu ljubisa lodovico loek loke lope
lorenz lorenzo lorik lorin loris lothar loui louie louis louka lourenço lovre lovro loïc luan
lubomír luboš luc lucas lucca lucențiu luchino lucian luciano lucien lucio lucrețiu ludger
ludolf ludovic ludovico ludvig ludvik ludvík ludwig luigi luis lukas lukasz lukáš lulzim lumír
lutfi luuk luzius luís lyam lászló lázaro léo léon léonard léopold lütfi maarten macario maciej
mads mael magne magnus mahdi mahir mahmut mahsun maicol maik maikol maks maksim maksimiljan
maksur maksymilian malik malte malthe mamadou manfred manole manolo mansurali manuel marc
marcantonio marcel marcelino marcell marcello marcelo marcial marciano marcin marcio marcos
marcu marcus marek marian mariano marijan marijn marin marino marinus mario marius mariusz
marián markku marko markus marlon maroš mart marten martim martin martino martti martín marvin
masar massimiliano massimo matei matej mateo mateus mateusz matevž matheo matheus mathias
mathieu mathijs mathys mathéo matias matic matjaž mato matouš mats matteo matthew matthias
matthieu matthijs matthäus matti mattia mattias matts mattéo matyáš matéo matías matúš mauno
mauri maurice mauricio maurilio maurin maurits mauritz maurizio mauro maurus maurycy max maxence
maxime maximiano maximilian maximiliano maximilien maximilián maximino maximo maykol mazlum maël
mecit medard mees mefarettin mehdi mehmed mehmet mehmetzahir meik meinhard meinolf meinrad
melchior melchor melichar melihcan melker melle melvin melwin memili mengi mengüç merdi mergim
merijn merlin mert mertel merzuk mestur mesut metin metinkaya metod mevlüt meşhur micael micha
michael michail michal michaël michał michelangelo michele micheletto michelotto mick mickaël
mieszko miguel miha mihael mihai mihail mihajlo mihin mihnea mihály miika mijo mik mikael mike
mikhail mikkel mikko miklós mikołaj mikuláš milay milo milorad milos miloslav milovan miloš
milton mio miodrag mirbadin mircea mirco mirko miron miroslav miroslaw mirsad misael mischa
mishat mislav mitică mitruț miłosz mladen mogens mohamad mohammad moisés mojmír monis moritz
morten mucahit mugur mugurel muhamed muhamet muhammad muhammed muhammet muharrem muhip muhyettin
muktedir murat muratcan murilo musa musafet mustafa mustapha mutasım mutluhan muvaffak muzaffer
márcio mário márk márton mátyás máté måns mårten móric möhsim mücellib müfit mükramin mülâyim
münif mürit müslum müzekker mădălin nabil nacho nacio nae nael nafii nahuel naim nakip nando
napoleone narcis narciso nas naser nassim nasuf natalio natan natanael nataniel nathan nathanael
nathanaël naud nayil nazario nazlim nazmi naël naïm nebih nebojsa necati necdat nechifor
necmettin neftalí nehip neider neil nejc nel nelio nelson nelu nemanja nenad neo nerim nesip
nestor nevin nevio nevsal nezihi nibaldo nicanor niccolò nichifor nicholas nick nicklas niclas
nico nicoară nicodemo nicodim nicolae nicolai nicolaie nicolaj nicolas nicolaus nicolás nicolò
nicu niculiță nicușor nicuță niek niels nihai niilo nik niklas niklaus niko nikodem nikolai
nikolaj nikolaos nikolas nikolaus nikša nilo nils nilson niyazi noam noe noel nolberto noman
norbert norberto norbey norman noud nout noé noël nuno nural nurcan nuretdin nurettin nuri
nurkan nurullah nuyan nándor néstor octav octavian octavio octaviu odkanlı oganer oiva okanay
okbay okgüçlü okseven oktüremiş okyalaz olaf olavi olca oldağ oldrich oldřich ole olegario
olfert olgierd olimpian olimpiu oliver olivier oliviu olivér oliwer oliwier olle olli olof olov
omaca omar omer onat ondrej ondřej ongay onni onofre onuker onur onurcan onursu oranlı orazio
oreste orgün orhan ortak ortwin oruç oskar oskari oskár osman osmo ossi ossian osvald osvaldo
oswald oswaldo oswin otakar otay otfried othmar otmar oto ottavio ottfried ottmar otto ottokar
ottomar ottone ottó otávio ove ovidio ovidiu oymak ozansü oğulbaş oğurata oğuzman paavo pablo
paco paker palle pamfil panagachie panait pancho panfilo pankrác paolo paride pascual pasi
pasqual pasquale patric patrice patricio patrick patrik patrizio patryk paul pauli paulino paulo
pavao pavel pavol paw paweł peder pedro pehlil pekka pelle pellegrino pentti pepe pepijn pepito
percy pertti petar pete peter petr petre petri petrică petrișor petros petru petruț petter
petteri philip philipp philippe phillip pierangelo piergiorgio piergiuseppe pierluigi piermaria
piero pierpaolo pierre piersanti pieter pietro pim piotr pirahmet pirmin pius pleșu plinio pol
pompeo pompiliu pomponio poncio pontus porfirio poul pravoslav preben predrag primitivo prokop
prudencio przemysław puccio pál pánfilo pär pål péter pío pătru přemysl quentin quinten quique
quirino rabih rachid radek radim rado radomír radoslav radosław radovan radu radúz rael raf rafa
rafael rafaél rafaël rafał raffael raffaele raffaellino raffaello rafih ragnar ragner rahmet
raik raimo raimondo raimund raimundo rainer rajko ralf ralph ramazan ramiro ramiz ramon ramón
randolf ranieri raoul raphael raphaël rareș rasmus rastislav rasul raul rauno ravi ravy rayan
raymond raymund razı raúl recep recepali refik reginald reijo reimar reimer reimund reinald
reinaldo reinel reinhard reinhardt reinhart reinhold reino relu remazan rembrandt remigio remo
remus remy remzi renan renato renaud rene rens renzo rené resulcan rexhep reynaldo reza rezzak
rhavi ricardo riccardo ricciotti richard richardt richárd rick rickard rico rigo rigoberto rik
rikard riku rinaldo rino rinor risto riza roan roar robby robert roberto rocco rochus roderich
rodolfo rodolphe rodrigo rodrigue rogelio roger rohat rok roko roland rolando rolf romain roman
romeo romolo romuald romulus román roméo ron ronal ronald ronaldo ronni ronnie ronny rony roope
roque rosamel rosendo rostislav rouven rowan roy ruben rubén rudecindo rudolf rudolph rudy ruedi
rufino ruggero ruggiero ruhsat rui rune rupert ruperto ruy ryan ryszard régis régulo rémi rémy
róbert rómulo rúben rüdiger rüknettin rüşen răducu răzvan saba saban sabas sabatino sabih sabin
sabri sacha sadat sadik sadittin safet sahin sahir sakari sakip salami saleh salih salkın
salomón salurbay salvatore salvi sami samir samo samu samuel samuele samuli samurtay samuël samy
sancak sancho sandalio sander sandi sandor sandro sandu santeri santiago santino santos sançar
sargın sarpkın sarıcabay sasa sascha sasha satrettin saturnino sava savak saverio savni saydam
sayin sayrak sayın saïd saúl sağcan sağıt sašo sebastiaan sebastian sebastiano sebastien
sebastijan sebastián sebastião sebastjan sebattin seda sedat segismundo seha selaheddin selatin
seler selim selâtin sem semender semir senad sencar senn senol sep sepp seppo seracettin serafín
serezli serge sergei sergej sergio sergiu sergius serhatmehmet serkan serol servác seth sevdi
seve severiano severin severino severín sevindik seydo seyfullah seyithan sezal sezginbaş seçme
shaban sidki siegbert siegfried sieghard siegmar siegmund siegward siem sigfrid sigfrido
sigfried sigge sigismund sigmar sigmund sigurd sigvard sil silas silvan silvano silvester
silvestre silvestro silvian silvio silviu silvo simen simeon simi simion simo simon simão simón
sinan sindre sinică sinisa siniša siper siro sittik sivert sixten sixto sjoerd skender slavisa
slavko slavomír slawomir slobodan sneider sofiane sonad sondre songurkan sonny sorin sosimo
soydaner soykut soyselçuk srečko staffan stan stancu stanislaus stanislav stanislaw stanisław
stanko stavros stef stefan stefano steffen steinar stelian stellan sten stephan stephane stephen
steve steven stian stig stijn stiven stjepan stojan sture stéphan stéphane suat sudi sulhi sune
sunel suphi svante svatopluk svatoslav svein sven svenning sverre svetozár svätopluk swen
sylvain sylvester sylvio szabolcs szilveszter szilárd szymon sándor sébastien sérgio sökmen
sönke sören sözer søren sücaettin süha sükrü süleyman sümeyye süvari sıla sıylıhan taciddin
tadej tadeo tadeusz tadeáš tage tahir taisto talayer tali tamaydın tamás tanak tanbay tandoğdu
taneli tanguy tanhan tanpınar tansev tansığ tanyolaç tanır tapani tapio tarancı tarik tartış
tarzícius tassilo tatu tauno tayaydın taygan taylak tayyip taşar taşkan teber tecimer ted teemu
tejs tekbay tekecan tekiner teksoy telemaco telim telmo temirhan temistocle temizkal temuçin
tenvir teo teobaldo teodor teodoro teodosio teofil teohari terje terlan tero teun teuvo tevs
tezcan tezol teófilo thaddäus thales theo theobald theodor theodoro theodoros theophil thiago
thibaud thibault thibaut thierry thies thijmen thijn thijs thilo thom thomas thomás thor thoralf
thorben thore thorsten thure théo théodore théophile tiago tiberiu tibor tiburcio tichomír
tijmen tijn tijs tilen tillmann tilman tilmann tilo tim timm timmy timo timon timotei timotej
timoteo timothy timothée timurtaş timéo tino tito titus tivadar tiziano tiğin tobias tobiasz
tobiáš todor toivo toker toktuğ toköz tolonbay tom tomas tomasz tomaž tomi tomislav tommaso
tommi tommy tomàs tomás tomáš tonguç toni tonino tonny tony topias topuz toralf torben torbjörn
torbjørn tord tore torgny torhan toribio torquato torsten toño toğan traian traugott tristan
tristán troels trond tulio tullio tulun tunahan tunguç tunçboğa tunçkılıç tuomas tuomo turabi
ture turgut tutkun tuukka tuyuğ tuğcan tuğrulhan tuğtaş twan tycho tygo tymon tymoteusz téo
törel tükelalp tümer tümkurt türabi türkalp türkmen tüzeer tınal ubaldo uberto udo ueli uffe ugo
ugolino ulakbey ulf uli ulises ullrich ulrich ulrik ulu uludağ uluman ulutay uluğbey umberto
umman umut umutcan uolevi uraltay urhan uriel uroš urs ushan utkucan utz uwe uygun uzbay uzsoy
uçan uçbeyi uğan uğurkan uğurtan vadim vafir vagn vahittin valdemar valentijn valentim valentin
valentino valentín valerij valerio valeriu valon valter valtteri valér vargın vasco vasil vasile
vasilică vassilios vasyl vavrinec vaysal vedat vedran veeti vegard veijo veikko veit veli
velitdin venancio venceslás vendelín veniamin verim verner verneri vesa vezat vicente vicențiu
victor victorino vid vidar vide viggo vigo viktor vilgot vilhelm vilho viliam viljami viljem
viljo villads ville vilmer vilmos vilém vince vincenc vincent vincentio vincenzo vincențiu
vinicio vinicius vinko vinzenz vinícius viorel virgilio visar visarion vitali vito vitor vitus
vjekoslav vlad vladimir vladimír vladislav vlado vlaicu vlastimil voicu vojtech volkan volker
volkhard volkmar vratislav vratko václav vâlâ väinö víctor vít vítor víťazoslav waldemar waldo
walfried walid walter walther wenceslao wenzel werner wesley wessel wieland wieslaw wigbert
wiktor wilber wilfredo wilfrido wilfried wilhelm wille willem willfried willi william willian
willibald willibert willy wilman wilmar wilmer wilson winfried witold wladimir wojciech woldemar
wolfgang wolfhard wolfram wout wouter wulf wálter xaver xavi xavier yadigar yago yahşikan yair
yalazabay yalgın yaltırak yamid yamin yan yanick yanik yanis yankı yann yannic yannick yannik
yannis yargı yasan yasin yassin yassine yavuz yayak yazganalp yağın yağızkurt yaşattin yecid
yeferson yeison yekda yelesen yeneral yerko yerson yertan yesid yetişal yigit yilmaz yngve yoann
yohan yolal yonatan yonathan yordan yoruç younes youri yousef youssef yrjö yunt yurdanur
yurtgüven yurttaş yusuf yvan yvon yönetmen yücelen yümun yıldır yılma zacarías zacharias
zacharie zahid zakaria zalán zamfir zamir zbigniew zdenko zdravko zeferino zekayi zeki zeljko
zennun zeno zenon zeynelabidin ziggy zihni zikmund ziyaettin zlatko zoltan zoltán zoral zoran
zsigmond zsolt zsombor zvonko züfer zülgarni ábel ádám ákos álvaro ángel áron árpád âdem ângelo
åbjørn åge åke çakar çakırca çaltı çamok çapkan çavuldur çağa çağdan çağlasın çağveren çelem
çelikkan çelikyürek çerçi çetinsu çeviköz çinerk çokan çopur çoğay çıdal çıvgın édgar édouard
émile éric étienne ítalo íñigo óliver óscar öge ökkaş öktürk ömer ömür önel öngen önsal örik
örjan öryürek östen över özakan özalpsan özaslan özbay özbilek özdal özdil özdoğdu özel özerdinç
özertem özger özgür özinal özkent özkutlu özlü özokçu özpınar özsözlü öztek öztürk özçam
özüdoğru öğet øivind øjvind ørni øvli øystein øyvind übeydullah ülfet ülküdeş ümmet ünek ünlen
ünübol ürfettin üsame üstün üzer ğanim i̇brahim i̇diris i̇kiz i̇lalmış i̇lbek i̇ldem i̇lgi i̇lim
i̇lkim i̇lmafer i̇lsu i̇lteriş i̇mam i̇mren i̇nançlı i̇ntihap i̇sak i̇smet i̇vecen i̇yiyürek
i̇zgü i̇şcan ľubomír ľubor ľuboslav ľuboš ľudomil ľudovít łukasz şabettin şafii şahat şahinbey
şahmettin şali şanlı şavki şefi şehamet şekim şemsettin şenkal şerafeddin şevket şide şinasi
şuayp şükri šime šimon štefan žan željko žiga žigmund август авдей аверкий аверьян авксентий
автоном агап агафон аггей адам адриан азарий аким александр алексей амвросий амос ананий
анатолий андрей андрон андроник аникей аникита анисим антип антонин аполлинарий аполлон арефий
аристарх аркадий арсений артем артемий архип аскольд афанасий афиноген бажен богдан болеслав
борис борислав боян бронислав будимир вадим валентин валерий валерьян варлаам варфоломей василий
вацлав велимир венедикт вениамин викентий виктор викторин виссарион виталий владилен владимир
владислав владлен влас всеволод всемил всеслав вышеслав вячеслав гаврила галактион гедеон
геннадий георгий герасим герман глеб гордей гостомысл гремислав григорий гурий давыд данила
дементий демид демьян денис дмитрий добромысл доброслав дорофей евгений евграф евдоким евлампий
евсей евстафий евстигней егор елизар елисей емельян епифан еремей ермил ермолай ерофей ефим
ефрем захар зиновий зосима иван игнатий игорь измаил изот изяслав иларион илья иннокентий иосиф
ипат ипатий ипполит ираклий исай исидор казимир каллистрат капитон карл карп касьян ким кир
кирилл клавдий климент кондрат кондратий конон константин корнил кузьма куприян лавр лаврентий
ладимир ладислав лазарь лев леон леонид леонтий лонгин лука лукьян лучезар любим любомир
любосмысл макар максим максимильян мариан марк мартын мартьян матвей мефодий мечислав милан
милен милий милован мина мирон мирослав митофан михаил михей модест моисей мокей мстислав назар
наркис натан наум нестор никандр никанор никита никифор никодим николай никон нифонт олег
олимпий онуфрий орест осип остап остромир павел панкрат панкратий пантелеймон панфил парамон
парфен пахом петр пимен платон поликарп порфирий потап пров прокл прокофий прохор радим радислав
радован ратибор ратмир родион роман ростислав рубен руслан рюрик савва савватий савелий самсон
самуил светозар святополк святослав севастьян селиван селиверст семен серафим сергей сигизмунд
сидор сила силантий сильвестр симон сократ соломон софон софрон спартак спиридон станимир
станислав степан стоян тарас твердислав творимир терентий тимофей тимур тит тихон трифон трофим
ульян устин фадей федор федосий федот феликс феоктист феофан ферапонт филарет филимон филипп
фирс флорентин фока фома фортунат фотий фрол харитон харлампий христофор чеслав эдуард эмиль
эммануил эраст эрнест эрнст ювеналий юлиан юлий юрий яков якуб ян януарий ярополк ярослав
""".split()

FEMALE = """
aada abelone abigail abigaíl abiye acarkan adal adela adelaida adelasia adele adelgunde adelheid
adelia adelina adelinde adeline adiela adila adina adolfine adoración adriana adriane adrianna
adrienn adrienne adrijana adriána adviye adèle adéla adélaïde aenne aferdita afife agata agatha
agathe aglaia agnes agnesa agnese agneta agnete agnieszka agnès agostina agripina agustina agáta
ahter aida aiko aila aili aimée aina ainara aino ainoa airi aisha aitana ajda ajla ajna akay
akgüneş akise akmaral aksoy akyıldız alabezek alana alara alaz alba alberta alberte albertina
albertine albina albulena albína alcira aldonza alea aleida alejandra alejandrina aleksandra
alena alenka alessandra alessia alexa alexandra alexandrie alexandrina alexia alfonsina algış
alica alice alicia alicja alida alina aline alis alisa alisha alison alissa alisson alix alize
alizée alja alla allegra almast almendra almudena almut almuth aloisia alojzia alojzija alondra
altınbike altınçiçek alva alwina alwine alyssa alícia alışık alžbeta amada amalia amalie amalija
amanda amandine amarilis amaya ambar amber ambre amela amelia amina amira amra amre amy amália
amélia amélie américa ana anabel anabela anabella anahis anahí anaida anamaria anargül anastasia
anastasie anastazja anastázie anaëlle anaís anaïs anca ancuța andjela andjelina andra andrada
andreea andreia andreja andrejka andrina andréa andrée anel anemona aneta anett anette anežka
angela angelica angelika angelina angelique angelita anghelina angie angèle angélica angélique
ani anica aniela anika anikó anina anisa anissa anita anișoara anja anka anke ankica ann anna
annabel annabell annabella annabelle annalena annaliese annalisa annalise annamaria annamarie
annamária anne annedore annegret annegrete annekatrin anneke annelene anneli annelie annelies
anneliese annelise annelore annemarie annemette annemie annemijn annerose annett annetta anni
annica annick annie anniina annika annikki annina annita annukka annunziata anny anouk anselma
antje antoaneta antoinette antonela antonella antonia antonieta antonietta antonija antonina
antónia anu anunciación anuța apolena apolline apollonia apolonia araceli aracely aral aranka
arcelia ardita ariadna ariana ariane arianna ariela arina aristița arja arlette arlinda armahan
armida arnaude aroa arta artemisa arziye arzu aránzazu arıpınar ascensión asiman asliye assia
assunta asta astrid asu asunción atanur atena atiyye aud aude audrey augustina aulikki aune
aurelia aureliana aurica aurore aurélia aurélie ava avunç axelle axenia aya ayasun aybet aycagül
aydar ayduru ayelén aygönenç ayhan aykut ayla ayleen aylil aylin aylla aynilhayat aynur aynımah
ayse aysel aysema aysevim aysuna ayten aytöz ayyaruk ayçan ayülker ayşeana ayşenur azade azahar
azahara azeneth azize azra azucena açılay aída aïcha ağbegim aşhan babett babette badegül
bahtinur balca ballı banü bara barbara barbora barbro barica basriye bağdat beata beate beatrice
beatrix beatriz bediriye begim begoña behiza belen belgizar belinda belkize belén benedicte
benedikte benedita benek benice benita bente benthe beray berenice bergen berit beriye bernadett
bernadette bernarda bernardita bernhardine berra berrin berta bertha berthe besarta besey beth
betina betti bettina betty beyhatun bezek beáta bianca bianka bibiana bibiána bidayet bilay
bilginur biljana bilkay binay birben birgid birgitt birgitta birgitte birgül birsan birte birthe
biserka bitül bjørg blanca blanduzia blanka blažena blerina blerta bluette bodil boel bogdana
boglárka bohdana bohumila bohuslava borbála bozena božena božica božidara branislava branka
breda brenda brigita brigitta brigitte brita britt britta bronislava bruna brunhild brunhilde
bruni brunilda brândușa brígida bukurije burcuhan buşra bárbara bärbel béatrice bénédicte
bérengère bérénice büreyre büşranur caetana cajsa calista calixta camelia camila canan candela
candelaria candelas canfeza canseven canur capucine caren carin carina carine carla carlijn
carlota carlotta carmela carmelita carmen carmenza carmina carminho carola carole carolin
carolina caroline casandra casiana cassandra catalina catarina caterina catharina catherine
cathleen cathrin cathrine cathy catia catinca cato catrin catrina catrine catrinel cayetana
cecilie cecilija cecília cedide celestina celia celina celinda celine cemiyle centa cerasela
cevale ceyhun ceylin cezara chantal charline charlott charlotta charlotte charo chelo cheyenne
chiara chita chloé chloë christel christelle christiane christianne christin christina christine
christl cihan cilli cilly cindy cinthia cinthya cintia cinzia cipriana cirkeline citlali claire
clarice clarisa clarissa claudette claudia claudina claudine clelia clemencia clementina
cleopatra cloe clorinda clotilde cloé cláudia cläre clémence clémentine codrina codruța colette
coline colomba concetta conchita connie constance constantina constanza constanze constança
constanța cora coralia coralie coraline cordula corina corine corinna corinne cornelia corona
cosima cosmina crenguța crescencia crina cristina csilla cuheyna cvetka cynthia cátia cäcilia
cäcilie cécile célestine célia célina céline cătălina daciana dafina dafne dagmar dagmara dagny
dahiana daiana daisy dajana dalia dalila damaris damjana damlanur danae dania danica daniela
daniella danielle danijela danique danitza danièle danna danuta danuše daphne daphné daria
dariana darina darinka darja dary dayana debora deborah deha deicy deisy delfina delia delphine
demetra demi denisa denise denisse derly derya deryanur desiree desirée despina dewi deyanira
değer diana diane dida didina dietlind dietlinde dijana dilara dilcan dilfeza dilhuş dilsitan
dilşat dimitrina dionisia dita ditte divan diána dobromila dobroslava dochia doina dolly
domenica dominga dominika domitila domnica donata donatella donna dora doralisa doreen doriana
dorina doris dorit dorita dorle dorli dorota dorotea dorothe dorothea dorothee dorothée dorottya
dorte dorthe doğannur draga dragana dragica drahomíra drahoslava drita duha dumitra dumitrana
dunja durgadin dursadiye duyguhan dušanka dáša débora déborah désirée dóra dörte dörthe
dürrüşehvar ebba ecaterina ecegül ecrin eda edaviye edda edelgard edelmira edeltraud edeltraut
edeltrud edilma edina edita edith editha edna edona eduarda eeva efil eftimia egenur egzona
ehrentraud eija eila eileen eira eivor ekaterina ela elamiye elba elcira elcy elda elea eleanora
elena eleni elenore eleonor eleonora eleonore eleonóra elfi elfie elfriede eli eliana eliane
elif elifnur eligia eliisa elin elina eline elinor elisa elisabet elisabeta elisabete elisabeth
elisabetha elisabetta elisaveta elise eliza elizabeta elizabeth elize eliška elke ellen elli
ellie ellinor elly elma elna eloah elodia elodie eloisa elona eloá eloísa eloïse elsa elsbeth
elsebeth elsie elsy elvan elvia elvira elvy elvíra elwira elzbieta eléa eléna eléonore elżbieta
ema emal emanuela emanuella emanuelly emelie emelina emeline emely emelyne emese emilce emilia
emiliana emilie emilija emilly emilse emily emina emine emiş emma emmanuelle emmi emperatriz emy
emília encarna encarnacion encarnita enfes engla enikő enith enna enriqueta enya erbay erdmute
erem ergül erica erika erina eriş erna ernestina ernestine ervaniye erzsébet esengün esila esma
esmanperi esmarelda esmee esmeralda esmée esna esparta esra essi estefany estefanía estella
ester estera esteri esther eszter etela etelka etelvina ethel etta eufemia eufrosina eugenia
eugenie eugénia eugénie eulalia eulália eunika eusebia eva evamaria evangelia evangelina
evangelista evanghelina evde evelia evelien eveliina evelin evelina eveline evelyn evelyne
evelína evi evie evrim evy ewa ewelina ezgin eşim fabia fabiana fabienne fabiola fabiënne
fabrizia fadile fadime fadıla faize fanni fanny fatigül fatiha fatima fatime fatinur fatma
fatmanur fatmire fay faye fayize febe feden federica fehmiye felicia feliciana felicitas felipa
felisa felizitas fem femke fenna fenne ferahdiba feraye ferhan ferinaz fermuta fernanda fernande
feryas feyha feyzin fiamma fidaye fidela fien fiene fildan filipa filippa filiz filofteia
filomena filoména fiona fiorella firdevis fitnat fitore flavia flavie fleur floare floarea
floortje flora flore florentina florentine florența floriana floriane florica florina florinda
florine flurina fortunata francesca franchesca francine francisca franciska francoise francy
franka františka franziska françoise frauke frederika frederike frederikke frederique fredrika
freia freja fresia freya frida frieda friedericke friederike friedhilde friedl friedlinde
frusina frédérique fuma fátima féline fügen gabel gabriela gabriella gabrielle gabrielly gaby
gaia gaja galina ganimete ganiye gaëlle geanina gelengül gelsomina gema gemma geneviève genoveva
gențiana georgeta georgette georgiana georgina georgine geraldine gerda gerdi gerhild gerlind
gerlinde germaine gerta gerti gertraud gertraude gertraut gertrud gertrude gertrudis gertrúda
gesa gesche gesine geta geza gherghina ghislaine giada gianina gianna giesela gilberte gilda
gilma gilman gina ginette gioia giorgia giorgiana giovanna gisa gisela gislinde gisselle gisèle
gitta gitte giulia giuliana giulietta giuseppa giuseppina gizela gizella gladis gladys goncafer
gordana graciana graciela grazia graziella grazyna grațiana grațiela greca greta gretchen grete
gretel grethe gretl gricelda griselda gro gréta gudrun gudula guillermina gunborg gunda gundel
gundhild gundi gundula gunhild gunilla gunn gunnel gunvor gurli gusti guusje gwenaëlle
gwendoline gyda gyöngyi györgyi génesis géraldine gök gökperi gökçe göli gönül görsev gözem gül
gülay gülbani gülbeyan gülbiye gülcegün güldam gülder güldünya gülenay güler gülev gülfari
gülfeza gülgen gülgüzel gülhisar gülinaz gülkadın güllühan gülmisal gülnaziye gülper gülsalın
gülselin gülsen gülseren gülsevil gülsiye gülsü gülten gülter gülzadiye gülçe gülözge gülüs
gülşa gülşeref günar günebakan güngören günsel gürcüye gürten güverçin güzey habibe hacile
hadassa hadrey hafıza hailey hajnalka halenur halina haliye hamiyet hana hanbiken hanife hanim
hannah hannchen hanne hannele hannelore hanny hansultan harbinaz harriet hasgül hasret hatice
hatin hava havali havse haydée hayel hayrünnisa hazine hedda hedi hedvig hedviga hedvika hedwig
hedy hege heide heidelinde heidelore heidemarie heiderose heidy heike hekime helen helena helene
helga heli helinä hella hellena hellevi helma helmi helmtrud heloisa heloísa helvi helén heléne
henife henna henni henny henrieta henrietta henriette henrike heracleea herdis herlinde herma
hermelinda hermina herminda hermine herminia hermína herta hertha heva hezniye hilayda hilda
hildburg hilde hildegard hildegart hildegund hildegunde hilkka hillevi hilma hiltraud hiltrud
hinet hjördis hortense hortensia hortenzia hoşkadem huban hubertine huguette hulda hurican
hurşide héloïse hélène hüda hülya hümeyra hürmet hürüyet hüsnühâl iara iasmina iben ibeth ibolya
ica idun ignacia iida iiris ika ilaria ildiko ildikó ildız ileana ilenia ilinca ilka ilona
ilonka ilse imane imelda imke ina inaya indira indy ines inez inga ingalill ingeborg ingeburg
ingegerd ingegärd ingela ingelise ingelore inger ingetraud ingetraut ingrid ingrida ingried inka
inken inkeri inmaculada inna insa inès inés inês ioana ioanina iolanda ionela ionelia iosefina
irena irene iridenta irina iris irja irma irmela irmeli irmengard irmgard irmhild irmi irmingard
irmtraud irmtraut irmtrud iryna irène irén iréne irıs isabel isabela isabell isabella isabelle
isabelly isadora isaline isaura ise isidora isis isolde isolina itzel itziar iulia iuliana
iustina iva ivana ivanka iveta ivette ivka ivona ivonne ivy iwona izabela ize işin işın jaana
jacinta jackeline jacobine jacqueline jade jadranka jadwiga jael jamila jana jane janet janeta
janeth janett janette janin janina janine janja janna janneth janni jannie jaqueline jarmila
jaromíra jaroslava jaruthip jasmijn jasmina jasmine jasminka jasna javiera jayda jaylinn jazmin
jazmín jaël jeana jeanette jeanine jeanne jeannette jeannine jele jelena jelka jenifer jeniffer
jenna jenni jennie jennifer jenniffer jenny jente jerica jerneja jessica jessika jesusa jhoana
jil jill jimena jindřiška jinthe jitka jiřina jo joana joanna joanne joaquina jocelyn jocelyne
joelle johana johanna johanne jolana jolanda jolanta jolanthe jolie jolijn joline jolán jonna
jordana jorunn josefa josefiina josefin josefina josefine joselyn josephine josette josiane
josianne josipa josée joséphine jovana jovita joy jozefína joëlle jožefa jožica juana juanita
judit judita judith julia juliana juliane julianna julie julieta julieth juliette julija
julijana julita juna juni justina justine justyna justína jutta juul juulia jytte jázmin jéssica
júlia kaarina kadınana kaija kaisa kaja kajsa kalina kaltrina kamila kamilly kandef kardelen
karen karima karin karina karine karla karlijn karmen karola karoliina karolin karolina karoline
karolína kata katalin katalina katariina katarina katarzyna katarína katcha kate katerina
katerine kateřina katharina katharine katherin katherina katherine katherinne kathi kathleen
kathrin kathy kati katia katica katja katri katriina katrin katrine katty katy kaver kaylee
kayleigh kefser kelly kenza kerime kerstin kerttu kezban khadija kiara kifaye kimberly kinga
kira kirsi kirsten kirsti kirstin kirstine kitan kitti kjersti klara klaudia klaudie klavdija
klothilde klára kläre koncagül konstanze kordula korinna kornelia kornélia kreszentia kreszenz
kriemhild krishna krista kristiane kristiina kristin kristina kristine kristína kristýna
krisztina krystyna ksenija kumral kunigunda kunigunde kutgün kutun kvetoslava kyara kyllikki
kyra kâzime käte käthe käthi kübran kısmet lada ladina ladislava lady laetitia laika laila laly
lana laora lara larisa larissa laura laure laureen lauren laurence laurenția lauretta lauriane
laurie laurine lavinia lavínia layla laëtitia laís lea leah leana leandra leena leia leidy leila
leire lejla lelia lena lene leni lenka leocadia leokadia leoni leonie leonora leonore leontina
leopolda leopoldina leopoldine lerze lesana lesia leslie lesly leticia letizia letiția letícia
leydi leyla leyli leyre lezize leïla lia liana liane libia libuša libuše liceth licia lida lidia
lidija lidwina lieke liesa liesbeth lieschen liesel lieselotte lieve ligia liisa lili lilia
lilian liliana liliane lilija lilijana liljana lilla lillemor lilli lilly lilo lilou lily limon
lina linda linde lindita lindsay linn linnea linnéa lioara lioba liridona lisa lisanne lisbet
lisbeth lise liselott liselotte liseth lisette lissette lissi lissy liv liva livia liwia liz
liza lize lizeth lizz lizzy ljiljana ljubica ljudmila loes loida lois lola lolita loni lore
loredana lorelei lorena lorenza loretta lorraine lotta lotte lotti lou louane louisa louise
louna lourdes lova lovis lovisa luana luara lucette lucia luciana lucie lucienne lucija lucila
lucile lucinda lucrecia lucrezia lucreția lucy lucía ludivine ludmila ludmilla ludovica ludwina
luigia luigina luisa luisana luise luisina luitgard luiza lujza luljeta luminița lunna lupita
luzia luzie luzmira luísa lya lydia lydie lykke lâle lærke léa léana léane léna léonie lía lívia
lúcia lüfen lýdia lýdie lăcrămioara maaike maaria maarit maartje mabel macarena macaria macide
madalena maddalena madeleine madelene madelief madlen maeva mafalda magali magaly magarete magda
magdalena magdalene magdaléna magdolna maggie magnolia magret magrit mahigül mahnaz mahter
mahulena maia maida maija maike maiken maira maite maitê maja majken majvor makarena maksüde
malea malena malene malgorzata malika malin malou malvina malvína malwina manca mandy manja
manola manon manuela manuelita manuella marcela marcelina marcella marcelle marcheta marcia mare
mareen mareike mareile maren marga margaret margareta margarete margaretha margarethe margarida
margarita margaritha margaréta margaud margaux margherita margit margita margitta margot margoth
margret margreth margrethe margrit margrith marguerite mari maria mariah mariam mariana mariane
marianela mariangela mariann marianna maribel marica maricel maricela maricica maricruz marie
mariechen mariela mariele mariella marielle marieluise marietta mariette marija marijana marika
marilena mariluz marine marinela marinette marinka marioara mariola marion marisa marisel
marisela marisol marissa maristela marit marita maritta maritza marja marjaana marjana marjanca
marjatta marjeta marjo marjorie marjukka marjut marketta markéta marleen marlen marleny marlies
marliese marlis marlise marly marlyse marlène marlén marta martha marthe martina martine
martirio martta maruša mary maryam maryline marylène maryse marzena marína massiel masume matea
mateja mathilda mathilde matilde maud maude maura maureen mauricette maurine maya mayerly maynur
mayra maysa mayte maëlle maëlys maëva maïté maşide maša mechthild mechthilde mechtild mecide
mefharet megan mehdiye mehrigül meike meja melaha melania melanie melany melba melek meleknur
melikkan melina melinda melisa melissa melita melitta melánia melûl menfeat menişan meral merba
mercedes merche merel meret merete merethe merim merita merja merle merva mervi mery meryem
meryeme mesude metka mette meveddet mevlüdiye meyhanim mezide mia micaela michaela michaele
michala michela micheline michelle michèle mie miguela mihaela mihrab mihriye miia mikaela mila
milada milagros milena milica milka milla millaray mille miloslava milota milou miluše mimmi
mimoza minerva minibe minna minodora mioara mirabela miray mireia mireille mirela mirella mireya
miriam miriama mirian mirja mirjam mirjami mirjana mirlinda mirna mirona miroslava miroslawa
mirta mirte mirtha mirthe miruna miryam misra mitzy miyesser moa modesta moira mojca monalisa
monica monika monique monja monserrat montserrat morena morgane muarra mufide muhiye mujde
mukbile muriel murielle musaffa muvahhide mya myriam myrta myrtha myrthe mária márta märta
märtha mégane mélanie mélina mélissa mélodie mónica mónika mübetcel mücevher müferrih müjde
mükrüme mümtaze münezzer müret müsemma müveddet müğber müşüre mădălina mălina mărioara măriuca
nades nadeschda nadeshda nadežda nadia nadin nadine nadja nadège nafile naiara naide nair naja
nalân nana nancy nanna naomi narcisa narhanim nasiba nastja natacha natali natalia natalie
natalija natalja nataly natasa natascha natasha natasja natasza nataša natașa nath nathalia
nathalie nathaly natividad natália natálie nayara nayaret nayareth nayeli nayibe naz nazende
nazi nazimet nazlihan nazıdil nea nebiha necilal necva nedda nefaret nefiye neja nejdet nela
nelcy nele nell nelli nellie nelly nelsy neptün nerea nereida neriban nermin nesfe neslinur nete
neval nevenka nevgin nevise nevsale neyran nezengül nezize neşrin neža nicol nicolasa nicole
nicoleta nicoletta nicoline niculina nidia nienke nieves nihan niina nika nikita nikki nikol
nikolett nikoletta nikolina nilcan nilda nili nina ninetta ninoska ninthe nirgül nisa nives
niğmet noelia noemi noemí nohora noor noora noortje nora norah norica norina notburga nour noémi
noémie noëlla noëlle noëmi nubia nura nuran nuray nurbanu nurda nurdeniz nurey nurgil nurhayet
nuria nuriyet nurmelek nurseda nurser nursim nurtaç nurten nurveren nury nurşan nuša nydia nynke
nádia nélida nóra núria nüdret nürice oana obdulia octavia octaviana océane odalis odalys
odeline odette odile ofelia oguş olalla olena olga olimpia olivia olivie oluş olympia olívia
omaira oona ophélie orfelina oriana ornella orsolya ortansa ortrud ortrun orvokki orçin otilia
ottilia ottilie otília otýlie outi oxana ozana oľga pabla paca paksu palmira paloma pamela paola
paoletta paraschiva pascale pascaline pascuala pastora patricia patricie patricija patrizia
patrícia paule paulette paulica pauliina paulina pauline paulína pavla pavlína paye peggy pekkan
pembesin pepita peren perinur perlita permun pernilla pernille perrine pesent petra petrana
petrona petronela petronila petruța phileine philippa philomena pia pien pierina pierrette
pietra piia pilar pili pina pippa piran pirjo pirkko piroska pleun polina polona polonca
pompilia primitiva prisca priscila priscilla priska profira puck puk päivi päivikki pénélope pía
pürçek quinty rabbiye rabea rachel rachida rada radka radmila radoslava radovana rafaela
rafaella raffaela raffaella rafia rafila ragna ragnhild rahel rahiye raija raili raisa raissa
rakide raluca ramona rana randi rania raphaela raquel rayana rayla raymonde rayén rebeca rebecca
rebecka rebeka rebekka rebihat refet regina regine regitse regitze regína rehime reidun reingard
reinhild reinhilde rena renata renate rengül reni renske renáta renée resi revza reyna rezin ria
rica ricarda rigmor riikka riitta rikke rina rita ritt ritva roberta robertina rocio rocío
rodica rojnu roksana rolande romaine romane romanița romina romy ronja ronya roosa rosalba
rosalia rosalie rosalina rosalinda rosalinde rosalva rosalía rosanna rosaria rosaura rosel
roselinde roseline rosemarie rosenda rosetta rosi rosina rosita rosl rosmarie rossana roswita
roswitha rotraud rotraut roxana roxane roxelana rozalia rozalija rozália rubiela ruby rufina
ruhide ruhugül rumeysa ruperta rut ruth ruthild ruxanda ruxandra ruzica ruža ružena ružica
régine réka róza rózsa róża rümeysa rıfkıye saar saara sabihe sabina sabine sabrina sabína sabır
sadeti sadiye safinaz safta safura sahil sahra saire salimet sally salma salome salomea salomé
samahat samanta samantha samira sanavber sanda sandra sandrine sandy sanela sanije sanja sanna
sanne sanni sanur sara sarah sarai sari sarina sarita sarya saskia satu saturnina satıa saveta
savina saygın saçı scarlet scarleth scarlett scarlette sebigül seblâ sedife sefer sehel seija
sejda selcen selena selime selin selina seline selma selmin selçuk semat semenica semine semra
semrin sena seniha senta serafina seraina sereina serena serfinaz serma sernur serpil servinaz
sessa sevcan sevdinar severina sevgen sevginur sevican sevim sevla sevsevil seyhan seyyide sezen
seçgül shana shania sharon sheila shirley shpresa shqipe sibel sibilla sibille sibylla sibylle
sidar sidonia sidónia sieglinde siegrid siegried siegrun sienna siglinde signe sigrid sigrun
siiri silanur silja silje silke sille silvana silvia silviana silvie simber simina simona
simonetta simonne simten sinaida sindy sini sinikka sirap siri sirkka sirpa sisko sissel siti
siv sladjana slavica slavka slavomíra sláva slávka smaranda snezana snježana socorro sofi sofie
sofija sofía soline solma solveig solvej solène songül sonia sonja sonnur sophia sophie soraia
sorana soraya sorina soykan soňa speranța stana stanca stanislava stanka stefani stefania
stefanie steffi stela steliana stella steluța stephanie stephany sterre stilla stina stine
stéphanie subutiye sultane sunay susam susan susana susanita susann susanna susanne suse susi
sussanne sussie suus suvi suzana suzanne suze svea svenja svetlana swantje swetlana sybilla
sybille sylke sylvana sylvia sylviane sylvianne sylvie sylwia synnøve sys szilvia sára sânziana
séverine sónia söyler sørine søs süheyda süleyla sümerya süner süsen süzer sırriye tabea tabita
tadeja tagangül taina taja talibe tamara tammy tangül tania tanja tanses tanya tanyu tara tarja
taru tasvir tatiana tatjana tayyibe taçnur tecla teea teija teja teknaz tellervo telse temime
teodora teodosia teona tercan tere teresa terese teresia teresita tereza terezija terhi terttu
teréz terézia tess tessa teuta teybet teófila thea theda thekla theodora theres theresa therese
theresia therése thi thiare théa thérèse tiare tiberia ticen tiffany tiia tiina tilda tilly
timea tinca tincuța tindra tirza tiziana tjaša tola tomasa tomurcuk tonia tonje tora torill tova
tove traude traudel traudl traute trine trini trude trudel trudi tuana tudora tudorița tudosia
tuija tule tulia turcein turid tutkucan tuula tuuli tuulia tuulikki tuva tuğçe tyra tânia tímea
tülay tülin tünde türcan türkan türknur tüzenur uberlinda ulla ulrica ulrika ulrike uma ummahani
umuşan undine unni ursel ursina ursula urszula urte urša urška uršuľa uschi uta ute uyanser uğur
vacibe vajèn valborg valentina valentine valentína valeri valeria valerie valerija valeska
valéria valérie vanda vanesa vanessa vania vanja varlık varvara vasilica vecide veera veerle
vefia vendela vendula venla vera verena veronica veronika veronique verónica vesna veta vezrife
vicenta vicenția victoire victória vieroslava viivi viktoria viktorie viktorija viktória vildane
vilde vilhelmiina vilhelmina vilma vincenza vinciane violetta viorela viorica virginie viridiana
virpi virág visitación vittoria vitória viveka vivian viviana viviane vivianne vivien vivienne
vjollca vladimíra vlora vlădelina voichița vreneli vuokko véronique walburga waldtraut walentina
walli wally waltraud waltraut waltrud weena wenche wencke wendolin wendy wenke wera wibke wiebke
wilfriede wilhelmina wilhelmine wilma wiltrud winni winnie xenia ximena xiomara xénia yadira
yael yahşi yaiza yamile yamilet yanara yanet yaneth yanina yanira yara yaritza yasemen yasemin
yasmin yasmina yasmine yasmín yasna yazgül yazmín yaşar yda yeimy yekbun yeni yenifer yenny yeny
yepelek yesenia yesica yessenia yessica yeşil yfke yina yineth yinthe ylenia ylva ylvie yocelyn
yohana yolanda yolande yolima yoselin yosma yrsa ysaline yudy yuli yuliana yulieth yuly yurani
yurany yurdaser yuridia yurtseven yury yvette yvonne yésica yéssica yücel yıldız zaharia zahfer
zahra zaida zaira zaliha zamfira zara zaraza zdenka zdeňka zdislava zebirce zehnia zehra
zehranur zelha zelma zemzem zenia zenobia zenovia zenta zerafet zeride zevlüde zeynep zeyno
zilfa zina zinnure zita zlatica zoe zoey zofia zofija zoila zoja zora zoraida zorica zorka zoé
zoë zsanett zsuzsanna zsófia zubeyde zulema zulma zunilda zuzana zvonka zélie zöhrehan züheyla
zülbiye zülfüye zümre ágata ágatha ágnes águeda ámbar ángela áurea âlemşah ângela änne åsa åse
çalım çağlar çevregül çilga çisem çolpan édith élisabeth élise élodie éléonore émilie érica éva
íngrid íris ísis ömriye örfiye övün özay özbilge özdeş özge özgün özlem özpetek özyurt úrsula
üge ülke ülküm ümmahan ümmühan ümray ünal ürper üçgül i̇de i̇hsan i̇klim i̇ldeş i̇lkbahar
i̇lklima i̇lper i̇mge i̇mrihan i̇ncifir i̇nsaf i̇rfan i̇slime i̇sra i̇zel i̇çimbike ľubica
ľubomíra ľuboslava ľudmila ľudomila şadıman şahdiye şahinder şahnuray şahıgül şamiha şayan
şazime şefiye şehreban şehza şelâle şemsinisa şennur şeref şerman şevketfeza şeyda şilan şirivan
şöhret şüküfe šarlota špela štefanija štefica štefka štefánia šárka žaneta željka želmíra živa
žofia žofie агата агафья акулина алевтина александра алина алла анастасия ангелина анжела
анжелика анна антонина валентина валерия варвара василиса вера вероника виктория галина глафира
дарья евгения евдокия евпраксия евфросиния екатерина елена елизавета жанна зинаида зоя иванна
ираида ирина ия кира клавдия ксения лариса лидия лора лукия любовь людмила майя маргарита марина
мария марфа милица надежда наина наталья нина нинель нонна оксана октябрина олимпиада ольга
пелагея полина прасковья раиса регина светлана синклитикия софия таисия тамара татьяна ульяна
фаина феврония фёкла элеонора эмилия юлия
""".split()

EITHER = """
abdi ahmed ale alex ali alsoy andrea antonie ariel auguste birgit bo camille cannur carmine
carol charlie chus claude conny denis deniz dominique elia francis gabi gabriele gerd guadalupe
guiomar günver hassan henri hussein ibrahim inge isa ivica janne jasmin jean joan josé kader
kari karol kim loreto loïs luca luka maj manu marjan maría matija michel mohamed mohammed nanni
nazaret nicola nikola noa olav pascal risalet robin rosario sam saša selvi senna serda simone
tenzin tine trinidad ufukay vlasta wendelin yalın öncel ünsever şendoğan
""".split()
