// Emoji shortcodes (:smile: -> 😄) for markdown: the ones apps use most, GitHub's names.
// Unknown shortcodes stay as typed.
const TABLE = `
smile 😄|smiley 😃|grinning 😀|grin 😁|laughing 😆|satisfied 😆|joy 😂|rofl 🤣|sweat_smile 😅|blush 😊|innocent 😇
wink 😉|slightly_smiling_face 🙂|upside_down_face 🙃|relaxed ☺️|yum 😋|heart_eyes 😍|star_struck 🤩|kissing_heart 😘
stuck_out_tongue 😛|stuck_out_tongue_winking_eye 😜|zany_face 🤪|sunglasses 😎|nerd_face 🤓|thinking 🤔|hugs 🤗
neutral_face 😐|expressionless 😑|no_mouth 😶|smirk 😏|unamused 😒|roll_eyes 🙄|grimacing 😬|relieved 😌|pensive 😔
sleepy 😪|sleeping 😴|mask 😷|face_with_thermometer 🤒|nauseated_face 🤢|sneezing_face 🤧|hot_face 🥵|cold_face 🥶
dizzy_face 😵|exploding_head 🤯|cowboy_hat_face 🤠|partying_face 🥳|confused 😕|worried 😟|slightly_frowning_face 🙁
frowning_face ☹️|open_mouth 😮|hushed 😯|astonished 😲|flushed 😳|pleading_face 🥺|cry 😢|sob 😭|scream 😱
confounded 😖|persevere 😣|disappointed 😞|sweat 😓|weary 😩|tired_face 😫|yawning_face 🥱|triumph 😤|rage 😡
pout 😡|angry 😠|cursing_face 🤬|smiling_imp 😈|imp 👿|skull 💀|poop 💩|hankey 💩|clown_face 🤡|ghost 👻|alien 👽
robot 🤖|see_no_evil 🙈|hear_no_evil 🙉|speak_no_evil 🙊|smile_cat 😸|heart_eyes_cat 😻
wave 👋|raised_hand ✋|hand ✋|ok_hand 👌|v ✌️|crossed_fingers 🤞|metal 🤘|call_me_hand 🤙|point_left 👈|point_right 👉
point_up 👆|point_down 👇|+1 👍|thumbsup 👍|-1 👎|thumbsdown 👎|fist 👊|facepunch 👊|punch 👊|clap 👏|raised_hands 🙌
open_hands 👐|handshake 🤝|pray 🙏|writing_hand ✍️|muscle 💪|eyes 👀|eye 👁️|brain 🧠|bust_in_silhouette 👤
busts_in_silhouette 👥|man 👨|woman 👩|baby 👶|technologist 🧑‍💻|man_technologist 👨‍💻|woman_technologist 👩‍💻
scientist 🧑‍🔬|teacher 🧑‍🏫|detective 🕵️|ninja 🥷|superhero 🦸|mage 🧙|runner 🏃|running 🏃|dancer 💃|family 👪
heart ❤️|red_heart ❤️|orange_heart 🧡|yellow_heart 💛|green_heart 💚|blue_heart 💙|purple_heart 💜|black_heart 🖤
white_heart 🤍|broken_heart 💔|two_hearts 💕|sparkling_heart 💖|heartpulse 💗|heartbeat 💓|kiss 💋|100 💯|anger 💢
boom 💥|collision 💥|dizzy 💫|sweat_drops 💦|dash 💨|speech_balloon 💬|thought_balloon 💭|zzz 💤
dog 🐶|cat 🐱|mouse 🐭|hamster 🐹|rabbit 🐰|fox_face 🦊|bear 🐻|panda_face 🐼|koala 🐨|tiger 🐯|lion 🦁|cow 🐮|pig 🐷
frog 🐸|monkey_face 🐵|monkey 🐒|chicken 🐔|penguin 🐧|bird 🐦|baby_chick 🐤|eagle 🦅|duck 🦆|owl 🦉|bat 🦇|wolf 🐺
horse 🐴|unicorn 🦄|bee 🐝|honeybee 🐝|bug 🐛|butterfly 🦋|snail 🐌|beetle 🪲|ant 🐜|spider 🕷️|turtle 🐢|snake 🐍
lizard 🦎|t-rex 🦖|sauropod 🦕|octopus 🐙|squid 🦑|crab 🦀|fish 🐟|tropical_fish 🐠|blowfish 🐡|dolphin 🐬|whale 🐳
shark 🦈|crocodile 🐊|elephant 🐘|giraffe 🦒|camel 🐫|paw_prints 🐾|feet 🐾|dragon 🐉|dragon_face 🐲
cactus 🌵|christmas_tree 🎄|evergreen_tree 🌲|deciduous_tree 🌳|palm_tree 🌴|seedling 🌱|herb 🌿|shamrock ☘️
four_leaf_clover 🍀|maple_leaf 🍁|fallen_leaf 🍂|leaves 🍃|mushroom 🍄|bouquet 💐|tulip 🌷|rose 🌹|hibiscus 🌺
sunflower 🌻|blossom 🌼|cherry_blossom 🌸|earth_africa 🌍|earth_americas 🌎|earth_asia 🌏|globe_with_meridians 🌐
full_moon 🌕|new_moon 🌑|crescent_moon 🌙|star ⭐|star2 🌟|stars 🌠|sparkles ✨|sunny ☀️|partly_sunny ⛅|cloud ☁️
rain_cloud 🌧️|thunder_cloud_and_rain ⛈️|zap ⚡|fire 🔥|snowflake ❄️|snowman ⛄|rainbow 🌈|droplet 💧|ocean 🌊
umbrella ☂️|tornado 🌪️|comet ☄️
apple 🍎|green_apple 🍏|pear 🍐|tangerine 🍊|orange 🍊|lemon 🍋|banana 🍌|watermelon 🍉|grapes 🍇|strawberry 🍓
cherries 🍒|peach 🍑|mango 🥭|pineapple 🍍|coconut 🥥|kiwi_fruit 🥝|tomato 🍅|avocado 🥑|eggplant 🍆|potato 🥔
carrot 🥕|corn 🌽|hot_pepper 🌶️|broccoli 🥦|bread 🥐|croissant 🥐|cheese 🧀|egg 🥚|bacon 🥓|hamburger 🍔|fries 🍟
pizza 🍕|hotdog 🌭|taco 🌮|burrito 🌯|sushi 🍣|ramen 🍜|spaghetti 🍝|rice 🍚|curry 🍛|cake 🍰|birthday 🎂
cookie 🍪|doughnut 🍩|chocolate_bar 🍫|candy 🍬|lollipop 🍭|icecream 🍦|popcorn 🍿|coffee ☕|tea 🍵|beer 🍺|beers 🍻
wine_glass 🍷|cocktail 🍸|tropical_drink 🍹|champagne 🍾|clinking_glasses 🥂|milk_glass 🥛|cup_with_straw 🥤
soccer ⚽|basketball 🏀|football 🏈|baseball ⚾|tennis 🎾|volleyball 🏐|8ball 🎱|golf ⛳|trophy 🏆|medal_sports 🏅
1st_place_medal 🥇|2nd_place_medal 🥈|3rd_place_medal 🥉|dart 🎯|video_game 🎮|game_die 🎲|jigsaw 🧩|chess_pawn ♟️
art 🎨|performing_arts 🎭|microphone 🎤|headphones 🎧|musical_note 🎵|notes 🎶|guitar 🎸|violin 🎻|drum 🥁|movie_camera 🎥
clapper 🎬|tada 🎉|confetti_ball 🎊|balloon 🎈|gift 🎁|ribbon 🎀|ticket 🎫|crown 👑|gem 💎|ring 💍
car 🚗|red_car 🚗|taxi 🚕|bus 🚌|truck 🚚|racing_car 🏎️|police_car 🚓|ambulance 🚑|fire_engine 🚒|bike 🚲
motorcycle 🏍️|train 🚆|steam_locomotive 🚂|airplane ✈️|rocket 🚀|flying_saucer 🛸|helicopter 🚁|ship 🚢|boat ⛵
sailboat ⛵|anchor ⚓|construction 🚧|rotating_light 🚨|traffic_light 🚥|vertical_traffic_light 🚦|fuelpump ⛽
house 🏠|house_with_garden 🏡|office 🏢|hospital 🏥|bank 🏦|school 🏫|factory 🏭|castle 🏰|stadium 🏟️|tent ⛺
mountain ⛰️|volcano 🌋|desert 🏜️|beach_umbrella 🏖️|world_map 🗺️|statue_of_liberty 🗽|moyai 🗿
watch ⌚|iphone 📱|computer 💻|desktop_computer 🖥️|keyboard ⌨️|printer 🖨️|computer_mouse 🖱️|cd 💿|dvd 📀|floppy_disk 💾
camera 📷|camera_flash 📸|video_camera 📹|tv 📺|radio 📻|telephone ☎️|phone ☎️|battery 🔋|electric_plug 🔌
bulb 💡|flashlight 🔦|candle 🕯️|moneybag 💰|dollar 💵|euro 💶|pound 💷|yen 💴|credit_card 💳|chart 💹
envelope ✉️|email 📧|e-mail 📧|incoming_envelope 📨|inbox_tray 📥|outbox_tray 📤|package 📦|mailbox 📫|postbox 📮
pencil2 ✏️|pencil 📝|memo 📝|pen 🖊️|fountain_pen 🖋️|paintbrush 🖌️|crayon 🖍️|briefcase 💼|file_folder 📁
open_file_folder 📂|card_index_dividers 🗂️|date 📅|calendar 📆|spiral_calendar 🗓️|card_index 📇|chart_with_upwards_trend 📈
chart_with_downwards_trend 📉|bar_chart 📊|clipboard 📋|pushpin 📌|round_pushpin 📍|paperclip 📎|straight_ruler 📏
triangular_ruler 📐|scissors ✂️|wastebasket 🗑️|lock 🔒|unlock 🔓|key 🔑|old_key 🗝️|hammer 🔨|axe 🪓|pick ⛏️
hammer_and_wrench 🛠️|dagger 🗡️|crossed_swords ⚔️|gun 🔫|shield 🛡️|wrench 🔧|nut_and_bolt 🔩|gear ⚙️|link 🔗
chains ⛓️|toolbox 🧰|magnet 🧲|alembic ⚗️|test_tube 🧪|petri_dish 🧫|dna 🧬|microscope 🔬|telescope 🔭
satellite 📡|syringe 💉|pill 💊|stethoscope 🩺|door 🚪|bed 🛏️|couch_and_lamp 🛋️|toilet 🚽|shower 🚿|bathtub 🛁
shopping_cart 🛒|books 📚|book 📖|open_book 📖|notebook 📓|ledger 📒|closed_book 📕|green_book 📗|blue_book 📘
orange_book 📙|page_facing_up 📄|page_with_curl 📃|scroll 📜|newspaper 📰|bookmark 🔖|label 🏷️|mag 🔍|mag_right 🔎
hourglass ⌛|hourglass_flowing_sand ⏳|alarm_clock ⏰|stopwatch ⏱️|timer_clock ⏲️|clock1 🕐|mantelpiece_clock 🕰️
bell 🔔|no_bell 🔕|loudspeaker 📢|mega 📣|speaker 🔈|mute 🔇|sound 🔉|loud_sound 🔊|bookmark_tabs 📑
white_check_mark ✅|heavy_check_mark ✔️|check ✔️|ballot_box_with_check ☑️|x ❌|negative_squared_cross_mark ❎
heavy_multiplication_x ✖️|heavy_plus_sign ➕|heavy_minus_sign ➖|heavy_division_sign ➗|question ❓|grey_question ❔
exclamation ❗|heavy_exclamation_mark ❗|grey_exclamation ❕|bangbang ‼️|interrobang ⁉️|warning ⚠️|no_entry ⛔
no_entry_sign 🚫|stop_sign 🛑|recycle ♻️|information_source ℹ️|infinity ♾️|copyright ©️|registered ®️|tm ™️
red_circle 🔴|orange_circle 🟠|yellow_circle 🟡|green_circle 🟢|large_blue_circle 🔵|blue_circle 🔵|purple_circle 🟣
black_circle ⚫|white_circle ⚪|red_square 🟥|green_square 🟩|blue_square 🟦|black_large_square ⬛|white_large_square ⬜
small_red_triangle 🔺|small_red_triangle_down 🔻|large_orange_diamond 🔶|large_blue_diamond 🔷|diamond_shape_with_a_dot_inside 💠
arrow_up ⬆️|arrow_down ⬇️|arrow_left ⬅️|arrow_right ➡️|arrow_upper_right ↗️|arrow_lower_right ↘️|arrows_counterclockwise 🔄
arrows_clockwise 🔃|leftwards_arrow_with_hook ↩️|arrow_right_hook ↪️|repeat 🔁|twisted_rightwards_arrows 🔀|fast_forward ⏩
rewind ⏪|arrow_forward ▶️|pause_button ⏸️|stop_button ⏹️|record_button ⏺️|new 🆕|free 🆓|up 🆙|cool 🆒|ok 🆗|sos 🆘
top 🔝|soon 🔜|back 🔙|end 🔚|on 🔛|zero 0️⃣|one 1️⃣|two 2️⃣|three 3️⃣|four 4️⃣|five 5️⃣|six 6️⃣|seven 7️⃣|eight 8️⃣|nine 9️⃣
keycap_ten 🔟|hash #️⃣|asterisk *️⃣|abc 🔤|1234 🔢|symbols 🔣|vs 🆚|atom_symbol ⚛️|peace_symbol ☮️|yin_yang ☯️
checkered_flag 🏁|triangular_flag_on_post 🚩|crossed_flags 🎌|black_flag 🏴|white_flag 🏳️|rainbow_flag 🏳️‍🌈
pirate_flag 🏴‍☠️|us 🇺🇸|gb 🇬🇧|uk 🇬🇧|de 🇩🇪|fr 🇫🇷|es 🇪🇸|it 🇮🇹|jp 🇯🇵|cn 🇨🇳|kr 🇰🇷|in 🇮🇳|br 🇧🇷|ca 🇨🇦|eu 🇪🇺
balloon 🎈|snake 🐍|robot_face 🤖|light_bulb 💡|money_with_wings 💸|moneybag 💰|gift_heart 💝|medal 🎖️|trophy 🏆
`;

/** shortcode (without colons) -> emoji */
export const EMOJI = new Map(TABLE.trim().split(/[|\n]/).map((entry) => {
  const i = entry.indexOf(' ');
  return [entry.slice(0, i), entry.slice(i + 1)];
}));
